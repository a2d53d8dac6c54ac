using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Primitives;
using Ipt.Domain.Suitability;
using Spectre.Console;

namespace Ipt.Domain.Cli;

/// <summary><c>ipt screen</c>: the suitability screener (<see cref="SuitabilityScreener"/>) from flags or a JSON file.
/// Enum values are the library's stable codes (<see cref="Codes"/>), so new members appear without a change here.</summary>
internal static class ScreenCommand
{
    private static readonly string[] Keys =
    [
        "age", "conditions", "risks", "severity", "sees-own-part", "relationships", "perinatal", "prefers-group",
        "low-resource-setting", "on-mood-stabilising-medication", "currently-in-remission", "unlikely-to-attend-full-course",
    ];

    private static string CodesOf<TEnum>(bool skipZero)
        where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetValues<TEnum>().Where(v => !skipZero || Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) != 0).Select(v => Codes.Of(v)));

    public static Command Build(Option<bool> json, Program app)
    {
        var input = new Option<string?>("--input", "-i") { Description = "Read the answers from a JSON object with the keys of the flags below (e.g. {\"age\": 34, \"conditions\": [\"major-depression\"]}) instead of flags." };
        var age = new Option<int?>("--age") { Description = "Age in whole years (0-" + ScreeningThresholds.MaximumAge + "); required without --input." };
        var conditions = new Option<string[]>("--conditions") { Description = "Presenting conditions, comma-separated: " + CodesOf<PresentingConditions>(true) + ".", AllowMultipleArgumentsPerToken = true };
        var risks = new Option<string[]>("--risks") { Description = "Risks recorded at screening, comma-separated: " + CodesOf<ClinicalRisks>(true) + ".", AllowMultipleArgumentsPerToken = true };
        var severity = new Option<string?>("--severity") { Description = "Current depressive severity: " + CodesOf<DepressionSeverity>(false) + "." };
        var seesOwnPart = new Option<string?>("--sees-own-part") { Description = "Sees their own part in relationship problems: yes or no (an informational note only); omit when not assessed." };
        var relationships = new Option<string[]>("--relationships") { Description = "Relationship context, comma-separated: " + CodesOf<RelationshipContext>(true) + ".", AllowMultipleArgumentsPerToken = true };
        var perinatal = new Option<string?>("--perinatal") { Description = "Perinatal status: " + CodesOf<PerinatalStatus>(false) + "." };
        var prefersGroup = new Option<bool>("--prefers-group") { Description = "Prefers a group format." };
        var lowResource = new Option<bool>("--low-resource-setting") { Description = "The service is a low-resource setting." };
        var moodStabiliser = new Option<bool>("--on-mood-stabilising-medication") { Description = "On mood-stabilising medication." };
        var remission = new Option<bool>("--currently-in-remission") { Description = "Currently in remission after acute treatment." };
        var unlikely = new Option<bool>("--unlikely-to-attend-full-course") { Description = "Unlikely to attend a full 12-16 session course." };
        var protocol = new Option<string?>("--protocol") { Description = "Screen for a protocol already chosen (see 'ipt protocols') instead of the screener's own pick." };
        var screen = new Command("screen", "Screen a person for IPT: outcome, recommended variant and the coded reasons (indications, exclusions, cautions, notes).")
        {
            input, age, conditions, risks, severity, seesOwnPart, relationships, perinatal, prefersGroup, lowResource, moodStabiliser, remission, unlikely, protocol, json,
        };
        screen.SetAction((p, ct) => app.Run(() =>
        {
            string? file = p.GetValue(input);
            Dictionary<string, object?> answers;
            if (file is not null)
            {
                bool flags = p.GetValue(age) is not null || p.GetValue(conditions) is { Length: > 0 } || p.GetValue(risks) is { Length: > 0 } || p.GetValue(severity) is not null
                    || p.GetValue(seesOwnPart) is not null || p.GetValue(relationships) is { Length: > 0 } || p.GetValue(perinatal) is not null || p.GetValue(prefersGroup)
                    || p.GetValue(lowResource) || p.GetValue(moodStabiliser) || p.GetValue(remission) || p.GetValue(unlikely);
                if (flags)
                {
                    throw new CliException(ExitCodes.Usage, "give the answers either in --input or as flags, not both.");
                }

                answers = ReadFile(file, app.Terminal.Full(file));
            }
            else
            {
                answers = new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["age"] = p.GetValue(age),
                    ["conditions"] = Split(p.GetValue(conditions)),
                    ["risks"] = Split(p.GetValue(risks)),
                    ["severity"] = p.GetValue(severity),
                    ["sees-own-part"] = p.GetValue(seesOwnPart),
                    ["relationships"] = Split(p.GetValue(relationships)),
                    ["perinatal"] = p.GetValue(perinatal),
                    ["prefers-group"] = p.GetValue(prefersGroup),
                    ["low-resource-setting"] = p.GetValue(lowResource),
                    ["on-mood-stabilising-medication"] = p.GetValue(moodStabiliser),
                    ["currently-in-remission"] = p.GetValue(remission),
                    ["unlikely-to-attend-full-course"] = p.GetValue(unlikely),
                };
            }

            int code = file is null ? ExitCodes.Usage : ExitCodes.Invalid;
            SuitabilityInput person = ToInput(answers, code, file is null ? "--" : "'" + file + "': ");
            string? chosen = p.GetValue(protocol);
            if (chosen is not null && !BuiltInProtocols.Catalog.TryGet(chosen, out _))
            {
                throw new CliException(ExitCodes.Usage, "unknown protocol '" + chosen + "'. Known: " + string.Join(", ", BuiltInProtocols.All.Select(x => x.Id)) + ".");
            }

            ScreeningResult result = chosen is null ? SuitabilityScreener.Instance.Screen(person) : SuitabilityScreener.Instance.ScreenFor(person, chosen);
            Print(app, result, chosen, p.GetValue(json));
            return ExitCodes.Ok;
        }));
        return screen;
    }

    private static string[] Split(string[]? values) =>
        values is null ? [] : [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    private static Dictionary<string, object?> ReadFile(string path, string fullPath)
    {
        string text;
        try
        {
            text = File.ReadAllText(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.Unreadable, "cannot read '" + path + "': " + e.Message);
        }

        var answers = new Dictionary<string, object?>(StringComparer.Ordinal);
        try
        {
            using JsonDocument doc = JsonDocument.Parse(text);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new CliException(ExitCodes.Invalid, "'" + path + "' is not a JSON object of answers.");
            }

            foreach (JsonProperty property in doc.RootElement.EnumerateObject())
            {
                if (!Keys.Contains(property.Name, StringComparer.Ordinal))
                {
                    // The key is not echoed: whatever a file holds is never repeated in an error (it could be free text).
                    throw new CliException(ExitCodes.Invalid, "'" + path + "': a key is not known. Known: " + string.Join(", ", Keys) + ".");
                }

                JsonElement v = property.Value;
                answers[property.Name] = v.ValueKind switch
                {
                    JsonValueKind.Number when v.TryGetInt32(out int i) => i,
                    JsonValueKind.String => v.GetString(),
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    JsonValueKind.Null => null,
                    JsonValueKind.Array when v.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) => v.EnumerateArray().Select(e => e.GetString()!).ToArray(),
                    _ => throw new CliException(ExitCodes.Invalid, "'" + path + "': '" + property.Name + "' has a value of the wrong kind."),
                };
            }
        }
        catch (JsonException e)
        {
            // The parser's message may quote the text; only the position is given.
            throw new CliException(ExitCodes.Invalid, "'" + path + "' is not JSON (line " + (e.LineNumber + 1) + ", byte " + (e.BytePositionInLine + 1) + ").");
        }

        return answers;
    }

    private static SuitabilityInput ToInput(Dictionary<string, object?> a, int code, string where)
    {
        T Get<T>(string key, T fallback)
        {
            object? v = a.GetValueOrDefault(key);
            return v switch
            {
                null => fallback,
                T t => t,
                _ => throw new CliException(code, where + key + " has a value of the wrong kind."),
            };
        }

        TEnum One<TEnum>(string key)
            where TEnum : struct, Enum
        {
            string? text = Get<string?>(key, null);
            return text is null ? default : Parse<TEnum>(key, text, code, where);
        }

        TEnum Flags<TEnum>(string key)
            where TEnum : struct, Enum
        {
            long all = 0;
            foreach (string item in Split(Get<string[]>(key, [])))
            {
                all |= Convert.ToInt64(Parse<TEnum>(key, item, code, where), System.Globalization.CultureInfo.InvariantCulture);
            }

            return (TEnum)Enum.ToObject(typeof(TEnum), all);
        }

        int? years = a.GetValueOrDefault("age") switch
        {
            null => null,
            int i => i,
            _ => throw new CliException(code, where + "age must be a whole number of years."),
        };
        if (years is null)
        {
            throw new CliException(code, where + "age is required (whole years).");
        }

        if (years is < 0 || years > ScreeningThresholds.MaximumAge)
        {
            throw new CliException(code, where + "age must lie in 0-" + ScreeningThresholds.MaximumAge + ".");
        }

        string? sees = Get<string?>("sees-own-part", null);
        bool? seesOwnPart = sees switch
        {
            null => null,
            "yes" => true,
            "no" => false,
            _ => throw new CliException(code, where + "sees-own-part must be yes or no."),
        };

        return new SuitabilityInput
        {
            AgeYears = years.Value,
            Conditions = Flags<PresentingConditions>("conditions"),
            Risks = Flags<ClinicalRisks>("risks"),
            Severity = One<DepressionSeverity>("severity"),
            SeesOwnPartInRelationships = seesOwnPart,
            Relationships = Flags<RelationshipContext>("relationships"),
            Perinatal = One<PerinatalStatus>("perinatal"),
            PrefersGroup = Get("prefers-group", false),
            LowResourceSetting = Get("low-resource-setting", false),
            OnMoodStabilisingMedication = Get("on-mood-stabilising-medication", false),
            CurrentlyInRemission = Get("currently-in-remission", false),
            UnlikelyToAttendFullCourse = Get("unlikely-to-attend-full-course", false),
        };
    }

    private static TEnum Parse<TEnum>(string key, string text, int code, string where)
        where TEnum : struct, Enum
    {
        foreach (TEnum v in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Codes.Of(v), text, StringComparison.Ordinal))
            {
                return v;
            }
        }

        // The value is not echoed: it could be free text.
        throw new CliException(code, where + key + ": a value is not a known code. Known: " + CodesOf<TEnum>(typeof(TEnum).IsDefined(typeof(FlagsAttribute), false)) + ".");
    }

    private static object Reason(ScreeningReason r) => new
    {
        code = r.Code, kind = Codes.Of(r.Kind), ruleId = r.RuleId, sourceTags = r.SourceTags, evidence = Codes.Of(r.Evidence), contradictionId = r.ContradictionId, message = r.Message,
    };

    private static void Print(Program app, ScreeningResult result, string? chosen, bool json)
    {
        if (json)
        {
            app.PrintJson(new
            {
                outcome = Codes.Of(result.Outcome),
                screenedFor = chosen,
                recommendedProtocol = result.RecommendedProtocolId,
                recommendationReason = result.RecommendationReason is null ? null : Reason(result.RecommendationReason),
                reasons = result.Reasons.Select(Reason),
            });
            return;
        }

        app.Terminal.Out.WriteLine("outcome: " + Codes.Of(result.Outcome) + (chosen is null ? string.Empty : " (screened for " + chosen + ")"));
        app.Terminal.Out.WriteLine("recommended protocol: " + (result.RecommendedProtocolId ?? "none")
            + (result.RecommendationReason is null ? string.Empty : " (" + result.RecommendationReason.Code + ")"));
        var table = new Table().AddColumns("kind", "code", "rule", "evidence", "sources", "reason");
        foreach (ScreeningReason r in result.Reasons)
        {
            table.AddRow(Codes.Of(r.Kind), Markup.Escape(r.Code), Markup.Escape(r.RuleId ?? "-"), Codes.Of(r.Evidence), Markup.Escape(r.SourceTags), Markup.Escape(r.Message));
        }

        app.Terminal.Tables.Write(table);
    }
}
