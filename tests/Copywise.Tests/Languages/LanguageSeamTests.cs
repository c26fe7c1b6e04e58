using Copywise.Languages;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Copywise.Tests.Languages;

/// <summary>The language seam: registration, locales, stem-based word forms.</summary>
public class LanguageSeamTests
{
    [Theory]
    [InlineData("en", "table")]
    [InlineData("en", "Television")]
    [InlineData("en", "HTML")]
    [InlineData("en", "supercalifragilisticexpialidocious-and-more-words")] // longer than the words remembered
    [InlineData("it", "montagna")]
    [InlineData("ru", "молоко")]
    public void Remembered_syllable_counts_are_the_counts(string code, string word)
    {
        var language = LanguageRegistry.ForLocale(code);
        int expected = language.CountSyllables(word) ?? 0;
        Assert.Equal(expected, language.SyllablesOf(word));
        Assert.Equal(expected, language.SyllablesOf(word)); // the second time from memory
        Assert.Equal(expected, language.SyllablesOf(word.ToCharArray()));
    }

    [Fact]
    public void A_language_that_cannot_count_syllables_gives_zero() =>
        Assert.Equal(0, LanguageRegistry.ForLocale("ja").SyllablesOf("日本語"));

    [Theory]
    [InlineData("en_US", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("EN", "en")]
    [InlineData("", "en")]
    [InlineData(null, "en")]
    public void Locales_find_their_language(string? locale, string code) => Assert.Equal(code, LanguageRegistry.ForLocale(locale).Code);

    [Fact]
    public void An_unknown_locale_is_unsupported_and_keeps_its_code()
    {
        var language = LanguageRegistry.ForLocale("xx_YY");
        Assert.IsType<UnsupportedLanguage>(language);
        Assert.Equal("xx", language.Code);
        Assert.False(language.HasFunctionWords);
    }

    [Fact]
    public void Every_registered_language_has_a_unique_code_and_a_name()
    {
        var languages = LanguageRegistry.Supported.ToList();
        Assert.Contains(languages, l => l.Code == "en");
        Assert.Equal(languages.Count, languages.Select(l => l.Code).Distinct().Count());
        Assert.All(languages, l => Assert.False(string.IsNullOrWhiteSpace(l.Name)));
    }

    [Fact]
    public void Snowball_stemming_matches_forms_with_the_same_stem_only()
    {
        var german = new SnowballStemming<GermanStemmer>();
        Assert.True(german.IsWordForm("haus", "häuser"));
        Assert.True(german.IsWordForm("haus", "hauses"));
        Assert.False(german.IsWordForm("haus", "maus"));
        Assert.False(german.IsWordForm("haus", "hausaufgabe"));
        var spanish = new SnowballStemming<SpanishStemmer>();
        Assert.True(spanish.IsWordForm("bicicleta", "bicicletas"));
        Assert.False(spanish.IsWordForm("bicicleta", "bici"));
    }
}
