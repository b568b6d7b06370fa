using Revista.Storage;
using static Revista.Tests.Storage.ImageBytes;

namespace Revista.Tests.Storage;

public sealed class ImageInfoTests
{
    public static TheoryData<string, byte[], int, int, string> Images => new()
    {
        { "png", Png(640, 480), 640, 480, MediaTypes.Png },
        { "jpeg baseline", Jpeg(1200, 900), 1200, 900, MediaTypes.Jpeg },
        { "jpeg progressive", Jpeg(300, 2000, startOfFrame: 0xC2), 300, 2000, MediaTypes.Jpeg },
        { "gif", Gif(17, 9), 17, 9, MediaTypes.Gif },
        { "webp lossy", WebPLossy(320, 240), 320, 240, MediaTypes.WebP },
        { "webp lossless", WebPLossless(1000, 16000), 1000, 16000, MediaTypes.WebP },
        { "webp extended", WebPExtended(70000, 3), 70000, 3, MediaTypes.WebP },
        { "tiff little-endian", Tiff(2480, 3508, bigEndian: false), 2480, 3508, MediaTypes.Tiff },
        { "tiff big-endian", Tiff(10, 20, bigEndian: true), 10, 20, MediaTypes.Tiff },
        { "svg width height", Text("""<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"/>"""), 400, 300, MediaTypes.Svg },
        { "svg px and declaration", Text("""<?xml version="1.0"?><!-- figure --><svg width="12.6px" height="8px"/>"""), 13, 8, MediaTypes.Svg },
        { "svg millimetres", Text("""<svg width="254mm" height="25.4mm"/>"""), 960, 96, MediaTypes.Svg },
        { "svg viewBox only", Text("""<svg viewBox="0 0 800 600"/>"""), 800, 600, MediaTypes.Svg },
        { "svg width and viewBox", Text("""<svg width="400" viewBox="0,0,800,600"/>"""), 400, 300, MediaTypes.Svg },
        { "svg percent falls back to viewBox", Text("""<svg width="100%" height="100%" viewBox="0 0 50 40"/>"""), 50, 40, MediaTypes.Svg },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public void Reads_the_pixel_size_from_the_header(string format, byte[] bytes, int width, int height, string mediaType)
    {
        Assert.True(ImageInfo.TryRead(bytes, out var w, out var h, out var type), format);

        Assert.Equal((width, height, mediaType), (w, h, type));
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void Reads_the_same_from_a_stream(string format, byte[] bytes, int width, int height, string mediaType)
    {
        Assert.True(ImageInfo.TryRead(new MemoryStream(bytes), out var w, out var h, out var type), format);

        Assert.Equal((width, height, mediaType), (w, h, type));
    }

    [Fact]
    public void Finds_a_tiff_directory_written_after_a_megabyte_of_pixels_in_a_stream()
    {
        var bytes = Tiff(5000, 7000, bigEndian: false, padding: 3_000_000);

        Assert.True(ImageInfo.TryRead(new MemoryStream(bytes), out var width, out var height, out var mediaType));

        Assert.Equal((5000, 7000, MediaTypes.Tiff), (width, height, mediaType));
    }

    [Fact]
    public void Reads_svg_with_a_doctype_without_resolving_its_entities()
    {
        var svg = Text("""
            <!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
            <svg xmlns="http://www.w3.org/2000/svg" width="30" height="20"><text>&secret;</text></svg>
            """);

        Assert.True(ImageInfo.TryRead(svg, out var width, out var height, out _));

        Assert.Equal((30, 20), (width, height));
    }

    [Theory]
    [InlineData("%PDF-1.7\n%âãÏÓ\n1 0 obj")]
    [InlineData("<html><body>no image</body></html>")]
    [InlineData("<svg width=\"10\">")]
    [InlineData("<svg width=\"1em\" height=\"2em\"/>")]
    [InlineData("plain text")]
    [InlineData("")]
    public void Says_no_for_anything_without_a_readable_size(string content)
    {
        Assert.False(ImageInfo.TryRead(Text(content), out var width, out var height, out var mediaType));

        Assert.Equal((0, 0, MediaTypes.OctetStream), (width, height, mediaType));
    }

    [Fact]
    public void Says_no_for_a_truncated_jpeg()
    {
        var jpeg = Jpeg(100, 100)[..20];

        Assert.False(ImageInfo.TryRead(jpeg, out _, out _, out _));
    }

    [Fact]
    public void Read_gives_the_media_type_of_files_that_are_not_images()
    {
        Assert.Equal(new MediaInfo(MediaTypes.Pdf, null, null), ImageInfo.Read(Text("%PDF-1.4 ..."), "article.pdf"));
        Assert.Equal(new MediaInfo(MediaTypes.Png, 2, 3), ImageInfo.Read(Png(2, 3), "figure.bin"));
    }
}
