using System;

namespace JapaneseLlm.Catalog;

/// <summary>
/// Checks the members of a <c>…Values</c> object that a record cannot do without (its id, its name): an object
/// initializer cannot require them, so a forgotten one is reported by the record's constructor, by name.
/// </summary>
internal static class RequiredValue
{
    public static T Of<T>(T? value, string member)
        where T : class =>
        value ?? throw new ArgumentException(member + " is required.", "values");
}
