using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace JapaneseLlm.Catalog.Cli.Import.Training;

/// <summary>What a training-data item was read as.</summary>
internal enum MentionKind
{
    /// <summary>A registry spelling: the mention resolves to a data-set id.</summary>
    Resolved,

    /// <summary>Reads as the name of a data set the registry does not know.</summary>
    Unresolved,

    /// <summary>Prose, undisclosed or own data, an amount, a method or a description of a kind of text: no data set's name.</summary>
    NotAName,
}

/// <summary>A data set named in a training-data cell (the registry id it resolves to, if any), or an item that names none.</summary>
internal sealed record DatasetMention(string Text, string? DatasetId, MentionKind Kind);

/// <summary>
/// Finds the data sets a training-data item names. Every registry spelling in the item is a resolved mention. An
/// item with none is an unresolved mention when it reads as the name of a data set; what reads as prose (a sentence
/// about the training), as undisclosed or own data, as a token count, as a bare method name or as a description in
/// Japanese script only is no mention.
/// </summary>
/// <remarks>
/// The line between a name and prose is drawn by the words below, which the list uses for training procedures and
/// for data it does not name; the import report lists every unresolved mention and every item read as no name, so
/// that the line can be checked.
/// </remarks>
internal static class DatasetMentions
{
    // Sentences about training: "… に対して …", "… で継続事前学習", "… を用いて …", "… から生成", a merged Chat Vector.
    private static readonly Regex Prose = new(
        @"に対して|(に|で)(追加|継続)(事前)?学習|その後|さらに|で(追加|継続|事前)?学習|でファインチューニング|で Instruction Tuning|を(用いて|使用|実施|活用|含む|組み合わせ|除外|明示)|で推論|による|により|として|から(生成|選別|合成)|した|する|したもの|にマージ|で(TAID|GRPO|LoRA|SFT|DPO)|で重みを初期化|ピンポイント|拡張|対応|詳細|の上で|含めて|のための|の強化|Chat Vector",
        RegexOptions.CultureInvariant);

    // Data the list does not name: own, internal, undisclosed, "various", or a description of a kind of text.
    private static readonly Regex Unnamed = new(
        @"独自|内部|社内|非公開|不明|詳細|様々|その他|公開ソース|一般公開|既存|新規|適法|合成データ|合成視覚|実データ|^英語|^日本語$|^多言語$|^コード$|undisclosed|proprietary|internal|various|unknown|^-$|^—$|^- ",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // An item that is only an amount: "(計 **2.1T** トークン)", "623B トークン", "(計 650GB)", "計4,307のWebサイト".
    private static readonly Regex AmountOnly = new(
        @"^[\s(（]*(計|約|total|alpha2|\d+b)?[\s:：]*(約|計)?\s*[\d.,]+\s*[KMBTkmbt]?\s*(トークン|tokens?|件|GB|万件|問|ページ|記事|文|時間|B|T)?[\s)）]*$|^[\s(（]*計|トークン[)）]?$|^\d",
        RegexOptions.CultureInvariant);

    // Training methods and stages the list names in place of data: "Instruction Tuning", "SFT + DPO", "強化学習".
    private static readonly Regex MethodOnly = new(
        @"^[\s*]*(事前学習|中間学習|継続事前学習|追加事前学習|事後学習|instruction tuning|sft|dpo|rlhf|ppo|grpo|lora|qlora|モデルマージ|強化学習|教師ありファインチューニング|supervised fine-tuning|mixed preference optimization|アライメント事前学習|キャプション拡張|visual grounding|オブジェクト検出|異常検出|ocr|deep-think.*|[\s+/()（）])+[\s*]*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // "Stage 1.0: …" inside a line: the label is no data.
    private static readonly Regex InnerLabel = new(@"^[^:：(（]{1,30}[:：]\s*", RegexOptions.CultureInvariant);

    // "*instruct モデルでは …", "(NCモデルでは …": which variants a note is about.
    private static readonly Regex VariantNote = new(@"^.{0,40}?モデル(では|は)\s*", RegexOptions.CultureInvariant);

    private static readonly Regex InnermostBracket = new(@"\s*[(（][^()（）]*[)）]", RegexOptions.CultureInvariant);

    private static readonly Regex TrailingQualifier = new(@"(など|の一部|のサブセット|の日本語サブセット|等)$", RegexOptions.CultureInvariant);

    // Latin words that describe data rather than name it; a name has some other Latin word ("Stockmark Web Corpus").
    private static readonly Regex GenericLatin = new(
        @"(?<![A-Za-z])(web|ocr|qa|vqa|sns|ai|gb|tb|data|dataset|corpus|subset|japanese|english|the)(?![A-Za-z])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex LatinWord = new(@"[A-Za-z]{2,}", RegexOptions.CultureInvariant);

    public static IReadOnlyList<DatasetMention> In(string item, DatasetKnowledge knowledge)
    {
        var matches = knowledge.Matches(item);
        if (matches.Count > 0)
        {
            return matches.Select(match => new DatasetMention(item.Substring(match.Start, match.Length), match.Entry.Id, MentionKind.Resolved)).ToList();
        }

        var name = Cleaned(item);
        return new[] { new DatasetMention(name.Length > 0 ? name : item.Trim(), null, IsName(item, name) ? MentionKind.Unresolved : MentionKind.NotAName) };
    }

    /// <summary>The item without its label, variant note, bracketed amounts and trailing qualifiers.</summary>
    private static string Cleaned(string item)
    {
        var text = item.Trim().TrimStart('*', '\\', '+', ' ').Trim();
        text = InnerLabel.Replace(text, "");
        text = VariantNote.Replace(text, "");
        for (var previous = ""; previous != text;)
        {
            previous = text;
            text = InnermostBracket.Replace(text, "");
        }

        text = TrailingQualifier.Replace(text.Trim(), "").Trim();
        return text.Trim('(', ')', '（', '）', ' ');
    }

    /// <summary>
    /// A name has a Latin word of its own: an item written in Japanese script only and not in the registry is read as a
    /// description of the data ("日本語ビジネスニュース記事", "有価証券報告書"), not as a data set's name. A variant label
    /// (<c>*instruction-sft</c>) or a label of its own (<c>base (v1):</c>) is none either.
    /// </summary>
    private static bool IsName(string item, string text) =>
        text.Length > 1
        && !IsVariantLabel(item)
        && LatinWord.IsMatch(GenericLatin.Replace(text, " "))
        && !Prose.IsMatch(item)
        && !Unnamed.IsMatch(text)
        && !AmountOnly.IsMatch(text)
        && !MethodOnly.IsMatch(text);

    private static bool IsVariantLabel(string item)
    {
        var trimmed = item.Trim();
        return trimmed.EndsWith(":", System.StringComparison.Ordinal) || trimmed.EndsWith("：", System.StringComparison.Ordinal)
            || (trimmed.TrimStart('\\').StartsWith("*", System.StringComparison.Ordinal) && !trimmed.Contains(' '));
    }
}
