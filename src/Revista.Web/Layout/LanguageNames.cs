using System.Globalization;
using Microsoft.Extensions.Localization;
using Revista.Web.Resources;

namespace Revista.Web.Layout;

/// <summary>A language's name in the interface language ("Language_es" in SiteText), else its own name for itself.</summary>
internal static class LanguageNames
{
    /// <summary>A language's name in itself, as language switches print it ("English", "Español").</summary>
    public static string Own(string language)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(language);
            return culture.TextInfo.ToTitleCase(culture.NativeName);
        }
        catch (CultureNotFoundException)
        {
            return language;
        }
    }

    public static string Of(IStringLocalizer<SiteText> text, string language)
    {
        var named = text["Language_" + language.ToLowerInvariant()];
        if (!named.ResourceNotFound)
            return named.Value;
        try
        {
            return CultureInfo.GetCultureInfo(language).NativeName;
        }
        catch (CultureNotFoundException)
        {
            return language;
        }
    }
}
