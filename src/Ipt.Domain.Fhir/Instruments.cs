using System;
using System.Collections.Immutable;
using System.Linq;
using Ipt.Domain.Measures;

namespace Ipt.Domain.Fhir;

/// <summary>
/// The item-scored instruments the FHIR mapping knows: those of <see cref="InstrumentCatalog.BuiltIn"/>, the core's one
/// instrument catalogue. An instrument added to the core's catalogue is exported and imported without a change here.
/// </summary>
public static class Instruments
{
    private static readonly ImmutableArray<InstrumentInfo> AllInfo =
        [.. InstrumentCatalog.BuiltIn.All.Select(i => new InstrumentInfo(i.Descriptor, i.Bands)).OrderBy(i => i.Descriptor.Code, StringComparer.Ordinal)];

    /// <summary>Every item-scored instrument of the core's built-in catalogue, ordered by code.</summary>
    public static ImmutableArray<InstrumentInfo> All => AllInfo;

    /// <summary>The instrument with this code, or null.</summary>
    /// <param name="code">An instrument code, e.g. <c>phq-9</c>.</param>
    public static InstrumentInfo? Find(string? code)
    {
        foreach (InstrumentInfo i in AllInfo)
        {
            if (string.Equals(i.Descriptor.Code, code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return null;
    }
}
