using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using Ipt.Domain.Fidelity;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.DependencyInjection;

/// <summary>
/// What <c>AddIptDomain</c> registers: the protocols of the catalogue (the built-ins, by default, plus the caller's own
/// variants) and the fidelity reviewer's settings. The options are read once, when <c>AddIptDomain</c> runs; changing
/// them afterwards has no effect.
/// </summary>
/// <example>
/// <code>
/// services.AddIptDomain(options =&gt;
/// {
///     options.AddProtocol(myTenSessionIpt);                                   // id must not be taken
///     options.FidelitySettings = new FidelityReviewerSettings { CadenceTolerance = 0.3 };
/// });
/// </code>
/// </example>
public sealed class IptDomainOptions
{
    private readonly List<ProtocolDefinition> _protocols = [];
    private FidelityReviewerSettings _fidelitySettings = FidelityReviewerSettings.Default;

    /// <summary>
    /// Whether the catalogue starts with the library's built-in protocols (<c>BuiltInProtocols.All</c>: standard IPT,
    /// every adaptation, DIT and MIT). Default true. When false, the catalogue holds only the protocols added with
    /// <see cref="AddProtocol"/>.
    /// </summary>
    public bool IncludeBuiltInProtocols { get; set; } = true;

    /// <summary>The caller's own protocols, in the order they were added; the catalogue lists them after the built-ins.</summary>
    public IReadOnlyList<ProtocolDefinition> Protocols => _protocols.AsReadOnly();

    /// <summary>Settings of the registered <see cref="IFidelityReviewer"/>. Default <see cref="FidelityReviewerSettings.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public FidelityReviewerSettings FidelitySettings
    {
        get => _fidelitySettings;
        set
        {
            Guard.Against.Null(value);
            _fidelitySettings = value;
        }
    }

    /// <summary>
    /// Adds a protocol of the caller's to the catalogue. Its id must be distinct from every other protocol in the
    /// catalogue (the built-ins included, unless <see cref="IncludeBuiltInProtocols"/> is false); a clash is reported
    /// by <c>AddIptDomain</c> as an <see cref="ArgumentException"/> naming the id.
    /// </summary>
    /// <param name="protocol">A protocol, e.g. built with <c>ProtocolDefinition.Create(...)...Build()</c>.</param>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="protocol"/> is null.</exception>
    public IptDomainOptions AddProtocol(ProtocolDefinition protocol)
    {
        Guard.Against.Null(protocol);
        _protocols.Add(protocol);
        return this;
    }
}
