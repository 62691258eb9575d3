namespace System.Diagnostics.CodeAnalysis;

/// <summary>The out value is not null when the method returns <see cref="ReturnValue"/> (netstandard2.0 lacks it).</summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
internal sealed class NotNullWhenAttribute : Attribute
{
    public NotNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

    public bool ReturnValue { get; }
}
