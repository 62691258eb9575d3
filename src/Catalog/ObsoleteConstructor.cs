namespace JapaneseLlm.Catalog;

/// <summary>
/// The message of the positional constructors of 0.1.0, which grew with every field and so broke every binary that
/// called them when one was added. They stay, hidden, for code compiled against 0.1.0 (the package validation
/// baseline checks they do); new code builds records from their <c>…Values</c> objects.
/// </summary>
internal static class ObsoleteConstructor
{
    public const string Message = "Build the record from its Values object (e.g. new Model(new ModelValues { ... })): that constructor keeps its shape when a field is added.";
}
