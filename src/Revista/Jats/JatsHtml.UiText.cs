namespace Revista.Jats;

public static partial class JatsHtml
{
    /// <summary>
    /// The few words the renderer adds itself (default headings the XML may omit, download links, missing-file notes),
    /// in the fragment's language. The stored HTML is per language, so these are chosen at render time.
    /// </summary>
    internal sealed record UiText(
        string References,
        string Acknowledgments,
        string Abbreviations,
        string Download,
        string ImageNotAvailable,
        string FileNotAvailable,
        string In,
        string Editors)
    {
        private static readonly UiText English = new(
            "References", "Acknowledgments", "Abbreviations", "Download", "Image not available", "File not available",
            "In:", "editors");

        private static readonly UiText Spanish = new(
            "Referencias", "Agradecimientos", "Abreviaturas", "Descargar", "Imagen no disponible", "Archivo no disponible",
            "En:", "editores");

        private static readonly UiText Portuguese = new(
            "Referências", "Agradecimentos", "Abreviaturas", "Baixar", "Imagem não disponível", "Arquivo não disponível",
            "In:", "editores");

        public static UiText For(string language) => language.Length >= 2 ? language[..2] switch
        {
            "es" => Spanish,
            "pt" => Portuguese,
            _ => English,
        } : English;
    }
}
