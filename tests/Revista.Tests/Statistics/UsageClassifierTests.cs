using Revista.Statistics;

namespace Revista.Tests.Statistics;

public sealed class UsageClassifierTests
{
    [Theory]
    [InlineData("application/pdf", UsageActivity.Request, UsageFormat.Pdf)]
    [InlineData("Application/PDF; charset=binary", UsageActivity.Request, UsageFormat.Pdf)]
    [InlineData("text/csv", UsageActivity.Investigation, UsageFormat.Other)]
    [InlineData("application/zip", UsageActivity.Investigation, UsageFormat.Other)]
    [InlineData("video/mp4", UsageActivity.Investigation, UsageFormat.Other)]
    public void A_pdf_is_a_full_text_request_and_another_file_an_investigation(string mediaType, UsageActivity activity, UsageFormat format) =>
        Assert.Equal((activity, format), UsageClassifier.ForFile(mediaType));

    [Theory]
    [InlineData("image/png")]
    [InlineData("image/svg+xml")]
    [InlineData("")]
    public void An_image_is_not_usage(string mediaType) =>
        Assert.Null(UsageClassifier.ForFile(mediaType));
}
