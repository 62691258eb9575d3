using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace JapaneseLlm.Catalog.Authoring;

/// <summary>
/// An immutable array compared by its elements, so that records holding it stay value-equatable
/// (incremental generator pipelines cache on equality).
/// </summary>
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>, IItemCount
    where T : IEquatable<T>
{
    public static readonly EquatableArray<T> Empty = new(Array.Empty<T>());

    private readonly T[]? items;

    public EquatableArray(T[] items) => this.items = items;

    public EquatableArray(IEnumerable<T> items) => this.items = items.ToArray();

    public int Count => items?.Length ?? 0;

    public bool IsEmpty => Count == 0;

    public T this[int index] => items![index];

    public bool Equals(EquatableArray<T> other)
    {
        var left = items ?? Array.Empty<T>();
        var right = other.items ?? Array.Empty<T>();
        if (ReferenceEquals(left, right))
        {
            // Roslyn compares every entry of a node table with its previous value on each run, and an unchanged
            // entry holds the same array: without this, a keystroke would walk every large array it passes.
            return true;
        }

        if (left.Length != right.Length)
        {
            return false;
        }

        for (var i = 0; i < left.Length; i++)
        {
            // The same object is equal without calling into it (a read of each element, at catalog scale a cache miss
            // each). The test is a constant for value types, which the JIT drops with the branch.
            if (!typeof(T).IsValueType && ReferenceEquals(left[i], right[i]))
            {
                continue;
            }

            if (!EqualityComparer<T>.Default.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var item in items ?? Array.Empty<T>())
        {
            hash = unchecked((hash * 31) + (item?.GetHashCode() ?? 0));
        }

        return hash;
    }

    /// <summary>A struct enumerator, as arrays have: <c>foreach</c> allocates nothing (the interface one allocates per loop).</summary>
    public Enumerator GetEnumerator() => new(items ?? Array.Empty<T>());

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(items ?? Array.Empty<T>())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    public struct Enumerator
    {
        private readonly T[] items;
        private int index;

        internal Enumerator(T[] items)
        {
            this.items = items;
            index = -1;
        }

        public readonly T Current => items[index];

        public bool MoveNext() => ++index < items.Length;
    }
}

public static class EquatableArray
{
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
        where T : IEquatable<T> => new(items);
}

/// <summary>The number of items of any <see cref="EquatableArray{T}"/>, read without knowing its item type or enumerating it.</summary>
public interface IItemCount
{
    int Count { get; }
}
