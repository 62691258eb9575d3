using System;

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

    /// <summary>The record with the key's value replaced; records are immutable.</summary>
    public abstract object Set(object record, object? value);
}

/// <summary>The accessors of one record type's keys: <c>Of.Member(r =&gt; r.Name, (r, value) =&gt; r with { Name = value })</c>.</summary>
/// <typeparam name="TRecord">The record (or list item) type the keys are read into.</typeparam>
public sealed class RecordAccess<TRecord>
{
    public FieldAccess Member<TValue>(Func<TRecord, TValue> get, Func<TRecord, TValue, TRecord> set) => new MemberAccess<TValue>(get, set);

    private sealed class MemberAccess<TValue> : FieldAccess
    {
        private readonly Func<TRecord, TValue> get;
        private readonly Func<TRecord, TValue, TRecord> set;

        public MemberAccess(Func<TRecord, TValue> get, Func<TRecord, TValue, TRecord> set) => (this.get, this.set) = (get, set);

        public override Type ValueType => typeof(TValue);

        public override object? Get(object record) => get((TRecord)record);

        public override object Set(object record, object? value) => set((TRecord)record, (TValue)value!)!;
    }
}
