using System;
using System.Linq.Expressions;
using System.Reflection;

namespace JapaneseLlm.Catalog.Authoring.Schema;

/// <summary>
/// Where a key's value lives on its record: declared with the key's <see cref="SchemaProperty"/>, so a field is
/// named once and the YAML reader, the YAML writer and the schema walk all reach the value through it. The value's
/// type follows the key's <see cref="ValueShape"/> (<see cref="FieldValues"/> says which type each shape takes).
/// </summary>
public abstract class FieldAccess
{
    private protected FieldAccess()
    {
    }

    /// <summary>The type of the value, checked against the key's shape by <see cref="FieldValues.Check"/>.</summary>
    public abstract Type ValueType { get; }

    /// <summary>The record's value for the key (boxed).</summary>
    public abstract object? Get(object record);

    /// <summary>
    /// The record with the key's value set, for the reader, which calls it only on a record it is building and has
    /// not handed out: a plain property is set on that record (as an object initializer would), a value the record
    /// holds in another form gives a copy.
    /// </summary>
    public abstract object Set(object record, object? value);
}

/// <summary>
/// The accessors of one record type's keys: <c>Of.Member(r =&gt; r.Name)</c> for a property that holds the value as
/// it is, <c>Of.Member(r =&gt; …, (r, value) =&gt; r with { … })</c> for a value held in another form.
/// </summary>
/// <typeparam name="TRecord">The record (or list item) type the keys are read into.</typeparam>
public sealed class RecordAccess<TRecord>
{
    /// <summary>A property of a record class, read and set (its <c>init</c> accessor) directly.</summary>
    public FieldAccess Member<TValue>(Expression<Func<TRecord, TValue>> property)
    {
        var info = property.Body is MemberExpression { Member: PropertyInfo member } ? member : throw new ArgumentException("Name a property of the record: r => r.Name.", nameof(property));
        return new PropertyAccess<TValue>(
            (Func<TRecord, TValue>)Delegate.CreateDelegate(typeof(Func<TRecord, TValue>), info.GetGetMethod()),
            (Action<TRecord, TValue>)Delegate.CreateDelegate(typeof(Action<TRecord, TValue>), info.GetSetMethod(nonPublic: true)));
    }

    /// <summary>A value the record holds in another form (or a record struct): read with <paramref name="get"/>, set in a copy by <paramref name="with"/>.</summary>
    public FieldAccess Member<TValue>(Func<TRecord, TValue> get, Func<TRecord, TValue, TRecord> with) => new CopyingAccess<TValue>(get, with);

    private sealed class PropertyAccess<TValue> : FieldAccess
    {
        private readonly Func<TRecord, TValue> get;
        private readonly Action<TRecord, TValue> set;

        public PropertyAccess(Func<TRecord, TValue> get, Action<TRecord, TValue> set) => (this.get, this.set) = (get, set);

        public override Type ValueType => typeof(TValue);

        public override object? Get(object record) => get((TRecord)record);

        public override object Set(object record, object? value)
        {
            set((TRecord)record, (TValue)value!);
            return record;
        }
    }

    private sealed class CopyingAccess<TValue> : FieldAccess
    {
        private readonly Func<TRecord, TValue> get;
        private readonly Func<TRecord, TValue, TRecord> with;

        public CopyingAccess(Func<TRecord, TValue> get, Func<TRecord, TValue, TRecord> with) => (this.get, this.with) = (get, with);

        public override Type ValueType => typeof(TValue);

        public override object? Get(object record) => get((TRecord)record);

        public override object Set(object record, object? value) => with((TRecord)record, (TValue)value!)!;
    }
}
