using Revista.Citations;
using static Revista.Tests.Citations.CslFixtures;

namespace Revista.Tests.Citations;

/// <summary>Cite positions in a note style, where citations carry the number of the footnote they sit in.</summary>
public sealed class CslPositionTests
{
    private static CslDocument Notes(string layout, string citationAttributes = "")
    {
        var style = CslStyle.Parse($"""
            <style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
              <info><title>Notes</title><id>notes</id></info>
              <citation {citationAttributes}><layout delimiter="; ">{layout}</layout></citation>
            </style>
            """, "notes.csl");
        return Processor(style).Document(Items("""[{"id": "a", "type": "book", "title": "Alpha"}, {"id": "b", "type": "book", "title": "Beta"}]"""));
    }

    private const string IbidOrTitle = """<choose><if position="ibid"><text term="ibid"/></if><else><text variable="title"/></else></choose>""";

    [Fact]
    public void Ibid_opening_a_note_is_capitalised_and_stays_lower_case_inside_it()
    {
        var document = Notes(IbidOrTitle);

        Assert.Equal("Alpha", document.Cite([new CslCite("a")], html: false, noteNumber: 1));
        Assert.Equal("Ibid.", document.Cite([new CslCite("a")], html: false, noteNumber: 2));
        Assert.Equal("Beta; ibid.", document.Cite([new CslCite("b"), new CslCite("b")], html: false, noteNumber: 3));
    }

    [Fact]
    public void A_previous_note_with_several_citations_is_no_ibid()
    {
        var document = Notes(IbidOrTitle);

        document.Cite([new CslCite("a")], html: false, noteNumber: 1);
        document.Cite([new CslCite("b")], html: false, noteNumber: 1);

        Assert.Equal("Beta", document.Cite([new CslCite("b")], html: false, noteNumber: 2));
        Assert.Equal("Ibid.", document.Cite([new CslCite("b")], html: false, noteNumber: 3));
    }

    [Fact]
    public void Near_note_honours_the_near_note_distance()
    {
        var document = Notes("""<choose><if position="near-note"><text value="near"/></if><else><text value="far"/></else></choose>""",
            "near-note-distance=\"1\"");

        Assert.Equal("far", document.Cite([new CslCite("a")], html: false, noteNumber: 1));
        Assert.Equal("near", document.Cite([new CslCite("a")], html: false, noteNumber: 2));
        Assert.Equal("far", document.Cite([new CslCite("a")], html: false, noteNumber: 5));
    }

    [Fact]
    public void A_prefix_opening_with_punctuation_replaces_the_delimiter()
    {
        var document = Notes("""<text variable="title"/>""");

        Assert.Equal("Alpha. He said “so.” Beta", document.Cite([new CslCite("a"), new CslCite("b") { Prefix = ". He said \"so.\" " }], html: false, noteNumber: 1));
    }
}
