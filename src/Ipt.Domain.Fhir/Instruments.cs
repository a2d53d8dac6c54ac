using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Ipt.Domain.Measures;

namespace Ipt.Domain.Fhir;

/// <summary>
/// The item-scored instruments of the core, found once: every public static class of <c>Ipt.Domain.Measures</c>
/// with a static <see cref="InstrumentDescriptor"/> <c>Descriptor</c> (and, where present, a <see cref="SeverityBandSet"/>
/// <c>Bands</c>). An instrument added to the core is exported and imported without a change here.
/// </summary>
public static class Instruments
{
    private static readonly Lazy<ImmutableArray<InstrumentInfo>> AllLazy = new(Discover);

    /// <summary>Every item-scored instrument of the core, ordered by code.</summary>
    public static ImmutableArray<InstrumentInfo> All => AllLazy.Value;

    /// <summary>The instrument with this code, or null.</summary>
    /// <param name="code">An instrument code, e.g. <c>phq-9</c>.</param>
    public static InstrumentInfo? Find(string? code)
    {
        foreach (InstrumentInfo i in All)
        {
            if (string.Equals(i.Descriptor.Code, code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return null;
    }

    private static ImmutableArray<InstrumentInfo> Discover()
    {
        var found = new List<InstrumentInfo>();
        foreach (Type t in typeof(InstrumentDescriptor).Assembly.GetExportedTypes())
        {
            if (!t.IsAbstract || !t.IsSealed || t.Namespace != typeof(InstrumentDescriptor).Namespace)
            {
                continue;
            }

            if (t.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is not InstrumentDescriptor d)
            {
                continue;
            }

            var bands = t.GetProperty("Bands", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as SeverityBandSet;
            found.Add(new InstrumentInfo(d, bands));
        }

        return [.. found.OrderBy(i => i.Descriptor.Code, StringComparer.Ordinal)];
    }
}

/// <summary>An instrument of the core: its descriptor and primary severity bands.</summary>
/// <param name="Descriptor">The descriptor.</param>
/// <param name="Bands">The primary band set, or null when the instrument has none.</param>
public sealed record InstrumentInfo(InstrumentDescriptor Descriptor, SeverityBandSet? Bands);
