using Revista.Storage;
using static Revista.Tests.Storage.ImageBytes;

namespace Revista.Tests.Storage;

public sealed class MediaTypesTests
{
    public static TheoryData<string, byte[], string?, string> Files => new()
    {
        { "pdf", Text("%PDF-1.5\n"), "galley.PDF", MediaTypes.Pdf },
        { "pdf whatever its name", Text("%PDF-1.5\n"), "figure.png", MediaTypes.Pdf },
        { "png", Png(1, 1), "f.png", MediaTypes.Png },
        { "png header only", Png(1, 1)[..8], null, MediaTypes.Png },
        { "jpeg", Jpeg(1, 1), "f.jpg", MediaTypes.Jpeg },
        { "gif", Gif(1, 1), null, MediaTypes.Gif },
        { "tiff", Tiff(1, 1, bigEndian: true), "f.tif", MediaTypes.Tiff },
        { "webp", WebPLossless(2, 2), null, MediaTypes.WebP },
        { "svg", Text("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>"), "f.svg", MediaTypes.Svg },
        { "svg without extension", Text("<svg viewBox=\"0 0 1 1\"/>"), null, MediaTypes.Svg },
        { "mp4", [0, 0, 0, 0x20, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m'], "video.mp4", MediaTypes.Mp4 },
        { "zip", [(byte)'P', (byte)'K', 3, 4, 20, 0], "data.zip", MediaTypes.Zip },
        { "docx", [(byte)'P', (byte)'K', 3, 4, 20, 0], "mmc1.DOCX", MediaTypes.Docx },
        { "xlsx", [(byte)'P', (byte)'K', 3, 4, 20, 0], "mmc2.xlsx", MediaTypes.Xlsx },
        { "csv", Text("a,b\n1,2\n"), "data.csv", MediaTypes.Csv },
        { "txt", Text("readme\n"), "notes.txt", MediaTypes.Text },
        { "binary named txt", [0, 1, 2, 3, 0xFE], "notes.txt", MediaTypes.OctetStream },
        { "unknown", [0x13, 0x37, 0, 0], "thing.bin", MediaTypes.OctetStream },
        { "text without extension", Text("hello"), null, MediaTypes.OctetStream },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Guesses_from_signature_then_extension(string kind, byte[] head, string? fileName, string expected)
    {
        Assert.NotEmpty(kind);

        Assert.Equal(expected, MediaTypes.Guess(head, fileName));
    }
}
