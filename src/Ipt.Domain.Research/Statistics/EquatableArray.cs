using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace Ipt.Domain.Research.Statistics;

/// <summary>An immutable array compared by its items, so records that hold one are value-equal (two runs with the same
/// seed give <c>==</c> summaries).</summary>
/// <typeparam name="T">Item type.</typeparam>
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly T[]? _items;

    /// <summary>Wraps a copy of the items.</summary>
    /// <param name="items">The items.</param>
    public EquatableArray(IEnumerable<T> items) => _items = items?.ToArray() ?? [];

    /// <summary>An empty array.</summary>
    public static EquatableArray<T> Empty => new([]);

    /// <inheritdoc />
    public int Count => _items?.Length ?? 0;

    /// <inheritdoc />
    public T this[int index] => (_items ?? [])[index];

    /// <summary>Equal when both hold equal items in the same order.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Not equal.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(EquatableArray<T> other) => (_items ?? []).AsSpan().SequenceEqual(other._items ?? [], EqualityComparer<T>.Default);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var h = default(HashCode);
        foreach (T item in _items ?? [])
        {
            h.Add(item);
        }

        return h.ToHashCode();
    }

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? [])).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The item count, e.g. <c>[3 items]</c>.</summary>
    public override string ToString() => "[" + Count + " items]";
}
