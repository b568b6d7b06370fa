using System.Diagnostics;
using System.Xml.Linq;
using Revista.Tests.Infrastructure;

namespace Revista.Tests.Oai;

/// <summary>
/// The independent checkers the OAI tests use: xmllint (Debian libxml2-utils) with the official OAI-PMH and Dublin Core
/// schemas in ../shared/schemas/oai-pmh, the JATS 1.3 XSD in ../shared/schemas/jats-xsd-1.3, and the harvester oai_pmh
/// (Debian libhttp-oai-perl). Tests skip, saying what is missing, when one is absent; scripts/test installs both packages.
/// </summary>
internal static class OaiTools
{
    public const string JatsNamespace = "https://jats.nlm.nih.gov/ns/archiving/1.3/";
    public const string MarcNamespace = "http://www.loc.gov/MARC21/slim";

    private static readonly Lazy<string> AnyPayloadDriver = new(WriteAnyPayloadDriver);
    private static readonly string[] ProgramFolders = ["/usr/bin", "/usr/local/bin", "/bin"];

    public static string OaiSchemas() =>
        SharedFolder.Find(Path.Combine("schemas", "oai-pmh"), "oai-pmh-with-oai_dc.xsd")
        ?? Skip("../shared/schemas/oai-pmh not found: the OAI-PMH and Dublin Core schemas sit beside the repository (see ../shared/README.md).");

    public static string JatsSchema() =>
        Path.Combine(
            SharedFolder.Find(Path.Combine("schemas", "jats-xsd-1.3"), "JATS-journalpublishing1-3-mathml3.xsd")
            ?? Skip("../shared/schemas/jats-xsd-1.3 not found: the JATS 1.3 XSD sits beside the repository (see ../shared/README.md)."),
            "JATS-journalpublishing1-3-mathml3.xsd");

    public static string Program(string name, string package) =>
        ProgramFolders.Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists)
        ?? Skip($"{name} not found: install Debian {package} (scripts/test does).");

    /// <summary>
    /// Validates a response with the OAI-PMH schema and, strictly, the oai_dc payload. For jats and marcxml, whose
    /// schemas are not in ../shared, <paramref name="anyPayload"/> checks the envelope with the payload root declared
    /// but its content unchecked (the tests check those payloads on their own).
    /// </summary>
    public static async Task AssertValidAsync(string xml, bool anyPayload = false)
    {
        var schemas = OaiSchemas();
        var driver = anyPayload ? AnyPayloadDriver.Value : Path.Combine(schemas, "oai-pmh-with-oai_dc.xsd");
        var (exit, output) = await ValidateAsync(xml, driver, Path.Combine(schemas, "catalog.xml"));
        Assert.True(exit == 0, "xmllint rejected the response: " + output + "\n" + Shorten(xml));
    }

    /// <summary>xmllint --schema over <paramref name="xml"/>; the exit code and what it printed.</summary>
    public static async Task<(int Exit, string Output)> ValidateAsync(string xml, string schema, string? catalog = null)
    {
        var xmllint = Program("xmllint", "libxml2-utils");
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, xml, TestContext.Current.CancellationToken);
            var arguments = new List<string> { "--nonet", "--noout", "--schema", schema, file };
            var environment = new Dictionary<string, string>();
            if (catalog is not null)
            {
                arguments.Insert(0, "--catalogs");
                environment["XML_CATALOG_FILES"] = catalog;
            }
            return await RunAsync(xmllint, arguments, environment);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static async Task<(int Exit, string Output)> RunAsync(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>A copy of <paramref name="element"/> with the namespace the jats format adds taken off again, as stored.</summary>
    public static XElement WithoutNamespace(XElement element, XNamespace ns)
    {
        var copy = new XElement(element);
        foreach (var e in copy.DescendantsAndSelf())
        {
            if (e.Name.Namespace == ns)
                e.Name = e.Name.LocalName;
        }
        return copy;
    }

    private static string WriteAnyPayloadDriver()
    {
        var schemas = OaiSchemas();
        var folder = Directory.CreateTempSubdirectory("revista-oai-xsd-").FullName;
        File.WriteAllText(Path.Combine(folder, "jats.xsd"), AnyContent(JatsNamespace, "article"));
        File.WriteAllText(Path.Combine(folder, "marc.xsd"), AnyContent(MarcNamespace, "record"));
        var driver = Path.Combine(folder, "driver.xsd");
        File.WriteAllText(driver, $"""
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:x-revista-test:oai-any-payload">
              <xs:import namespace="http://www.openarchives.org/OAI/2.0/" schemaLocation="{Path.Combine(schemas, "OAI-PMH.xsd")}"/>
              <xs:import namespace="http://www.openarchives.org/OAI/2.0/oai-identifier" schemaLocation="{Path.Combine(schemas, "oai-identifier.xsd")}"/>
              <xs:import namespace="{JatsNamespace}" schemaLocation="jats.xsd"/>
              <xs:import namespace="{MarcNamespace}" schemaLocation="marc.xsd"/>
            </xs:schema>
            """);
        return driver;
    }

    private static string AnyContent(string ns, string root) => $"""
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="{ns}" elementFormDefault="qualified">
          <xs:element name="{root}">
            <xs:complexType mixed="true">
              <xs:sequence><xs:any namespace="##any" processContents="skip" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
              <xs:anyAttribute namespace="##any" processContents="skip"/>
            </xs:complexType>
          </xs:element>
        </xs:schema>
        """;

    private static string Shorten(string text) => text.Length <= 4000 ? text : text[..4000] + "…";

    private static string Skip(string reason)
    {
        Assert.Skip(reason);
        return "";
    }
}
