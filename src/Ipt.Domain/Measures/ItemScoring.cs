using System;
using System.Runtime.InteropServices;
using System.Collections.Immutable;
using Ipt.Domain.Primitives;

namespace Ipt.Domain.Measures;

/// <summary>Shared validation and summation of item answers. No LINQ; one array allocated on success.</summary>
internal static class ItemScoring
{
    public static DomainError? Validate(InstrumentDescriptor d, ReadOnlySpan<int> items, out int total)
    {
        total = 0;
        ImmutableArray<int> maxima = d.ItemMaxima;
        if (items.Length != maxima.Length)
        {
            return MeasureErrors.WrongItemCount(d.DisplayName, maxima.Length, items.Length);
        }

        for (int i = 0; i < items.Length; i++)
        {
            int value = items[i];
            if (value < d.ItemMinimum || value > maxima[i])
            {
                return MeasureErrors.ItemOutOfRange(d.DisplayName, i + 1, value, d.ItemMinimum, maxima[i]);
            }

            total += value;
        }

        return null;
    }

    public static DomainError? Validate(InstrumentDescriptor d, ReadOnlySpan<int?> items, out int total)
    {
        total = 0;
        ImmutableArray<int> maxima = d.ItemMaxima;
        if (items.Length != maxima.Length)
        {
            return MeasureErrors.WrongItemCount(d.DisplayName, maxima.Length, items.Length);
        }

        for (int i = 0; i < items.Length; i++)
        {
            int? answer = items[i];
            if (answer is not int value)
            {
                return MeasureErrors.ItemMissing(d.DisplayName, i + 1);
            }

            if (value < d.ItemMinimum || value > maxima[i])
            {
                return MeasureErrors.ItemOutOfRange(d.DisplayName, i + 1, value, d.ItemMinimum, maxima[i]);
            }

            total += value;
        }

        return null;
    }

    public static ImmutableArray<int> Copy(ReadOnlySpan<int> items) =>
        ImmutableCollectionsMarshal.AsImmutableArray(items.ToArray());

    public static ImmutableArray<int> Copy(ReadOnlySpan<int?> items)
    {
        var copy = new int[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            copy[i] = items[i].GetValueOrDefault();
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(copy);
    }
}
