using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Tests.Primitives;

/// <summary>
/// Every refusal the library builds comes from a message factory in an error catalogue (a static type named
/// <c>…Errors</c>). The contract a user relies on: a dotted code, and a plain sentence that names the values the
/// factory was given (the session number, the date, the task), so a clinician can find the entry at fault. Each factory
/// is called with distinctive arguments and its error checked against that contract.
/// </summary>
public sealed class ErrorCatalogueMessageTests
{
    private static readonly Regex DottedCode = new("^[a-z0-9-]+(\\.[a-z0-9-]+)+$", RegexOptions.CultureInvariant);

    public static TheoryData<string> Factories()
    {
        var data = new TheoryData<string>();
        foreach (var method in FactoryMethods())
        {
            data.Add(Key(method));
        }

        return data;
    }

    [Fact]
    public void Every_catalogue_builds_its_refusals_in_factories()
    {
        var catalogues = FactoryMethods().Select(m => m.DeclaringType!.Name).Distinct().ToList();

        Assert.Contains("CourseErrors", catalogues);
        Assert.Contains("MeasureCourseErrors", catalogues);
        Assert.True(FactoryMethods().Count() > 100, "found " + FactoryMethods().Count() + " factories");
    }

    [Theory]
    [MemberData(nameof(Factories))]
    public void A_factory_gives_a_dotted_code_and_a_sentence_naming_its_values(string key)
    {
        var method = FactoryMethods().Single(m => Key(m) == key);
        var parameters = method.GetParameters();
        var arguments = new object?[parameters.Length];
        var named = new List<string>();
        for (var i = 0; i < parameters.Length; i++)
        {
            (arguments[i], var text) = Argument(parameters[i], i);
            if (text is not null)
            {
                named.Add(text);
            }
        }

        var error = (DomainError)method.Invoke(null, arguments)!;

        Assert.Matches(DottedCode, error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.True(char.IsLetterOrDigit(error.Message[0]) || error.Message[0] == '\'', key + ": " + error.Message);
        Assert.True(
            error.Message.EndsWith('.') || error.Message.EndsWith(".)", StringComparison.Ordinal),
            key + " does not end a sentence: " + error.Message);
        Assert.DoesNotContain("  ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("..", error.Message, StringComparison.Ordinal);
        Assert.All(named, value => Assert.Contains(value, error.Message, StringComparison.Ordinal));
    }

    private static (object? Value, string? Text) Argument(ParameterInfo parameter, int index)
    {
        var type = parameter.ParameterType;
        if (type == typeof(int))
        {
            var value = 101 + (index * 17);
            return (value, value.ToString(CultureInfo.InvariantCulture));
        }

        if (type == typeof(DateOnly))
        {
            var value = new DateOnly(2026, 3, 2 + index);
            return (value, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (type == typeof(string) && parameter.Name == "code")
        {
            // An instrument code is caller input and is not echoed (docs/errors.md); a refusal's code is data.
            return ("sample.code", null);
        }

        if (type == typeof(string) && parameter.Name == "message")
        {
            return ("The whole sentence.", "The whole sentence.");
        }

        if (type == typeof(string))
        {
            var value = "value" + (char)('a' + index) + "-x";
            return (value, value);
        }

        if (type == typeof(DomainError))
        {
            return (new DomainError("inner.code", "The inner refusal."), "The inner refusal.");
        }

        if (type.IsEnum)
        {
            return (Enum.GetValues(type).GetValue(1), null);
        }

        throw new InvalidOperationException("No sample argument for " + type.Name + " " + parameter.Name);
    }

    private static IEnumerable<MethodInfo> FactoryMethods() =>
        typeof(DomainError).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("Errors", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.ReturnType == typeof(DomainError) && !m.IsSpecialName && !m.Name.Contains('<', StringComparison.Ordinal))
            .Where(m => m.GetParameters().All(p => Sampled(p.ParameterType)))
            .OrderBy(Key, StringComparer.Ordinal);

    // Factories over value objects (course ids, people, areas) are left to their folders' tests.
    private static bool Sampled(Type type) =>
        type == typeof(int) || type == typeof(DateOnly) || type == typeof(string) || type == typeof(DomainError) || type.IsEnum;

    private static string Key(MethodInfo method) =>
        method.DeclaringType!.Name + "." + method.Name + "(" +
        string.Join(",", method.GetParameters().Select(p => p.ParameterType.Name)) + ")";
}
