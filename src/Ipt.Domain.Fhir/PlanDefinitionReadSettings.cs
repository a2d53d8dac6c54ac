using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Ipt.Domain.Adaptations;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Fhir;

/// <summary>
/// Settings of reading a PlanDefinition back into a protocol. A protocol's extra rules are code, not data: the
/// PlanDefinition names them (extension <c>rules</c>, the rules type's full name) and the reader takes the instance
/// from <see cref="Rules"/>.
/// </summary>
public sealed record PlanDefinitionReadSettings
{
    /// <summary>Default settings: the rules of every built-in protocol.</summary>
    public static PlanDefinitionReadSettings Default { get; } = new();

    /// <summary>Protocol rules by name (<see cref="RulesName"/>). Default: the rules of <see cref="BuiltInProtocols.All"/>.
    /// Add your own protocols' rules to read their PlanDefinitions.</summary>
    public ImmutableDictionary<string, ProtocolRules> Rules { get; init; } = BuiltInRules();

    /// <summary>The name a PlanDefinition gives a rules object: its type's full name.</summary>
    /// <param name="rules">The rules.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public static string RulesName(ProtocolRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules.GetType().FullName ?? rules.GetType().Name;
    }

    /// <summary>These settings with one more rules object.</summary>
    /// <param name="rules">The rules.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public PlanDefinitionReadSettings WithRules(ProtocolRules rules) => this with { Rules = Rules.SetItem(RulesName(rules), rules) };

    private static ImmutableDictionary<string, ProtocolRules> BuiltInRules()
    {
        var b = ImmutableDictionary.CreateBuilder<string, ProtocolRules>(StringComparer.Ordinal);
        foreach (ProtocolDefinition p in BuiltInProtocols.All)
        {
            if (!ReferenceEquals(p.Rules, ProtocolRules.None))
            {
                b[RulesName(p.Rules)] = p.Rules;
            }
        }

        return b.ToImmutable();
    }
}
