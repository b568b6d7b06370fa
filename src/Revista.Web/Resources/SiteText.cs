namespace Revista.Web.Resources;

/// <summary>
/// The user-interface strings: SiteText.resx holds English, SiteText.{culture}.resx each other language. Adding a
/// language is adding a file; <see cref="Layout.UiLanguage"/> finds it from its satellite assembly.
/// </summary>
internal sealed class SiteText;
