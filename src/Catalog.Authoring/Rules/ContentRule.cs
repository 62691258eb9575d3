namespace JapaneseLlm.Catalog.Authoring.Rules;

/// <summary>
/// One of the list's rules over the typed catalog. Rules see records, never YAML, and report through
/// <see cref="RuleReporter"/>, which locates, formats and honours a record's suppressions.
/// </summary>
public abstract class ContentRule
{
    public abstract void Check(CatalogRuleContext context, RuleReporter reporter);
}
