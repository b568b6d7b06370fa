using System.Text;
using System.Xml.Linq;

namespace Revista.Jats;

public static partial class JatsHtml
{
    internal sealed partial class Writer
    {
        private void CrossReference(XElement e)
        {
            var rid = FirstToken(Attr(e, "rid"));
            XElement? target = null;
            if (rid is not null) Targets(e).TryGetValue(rid, out target);
            var empty = !HasVisibleContent(e);
            if (empty)
            {
                // An empty xref (common for author-note and table-footnote links) shows the target's label.
                var label = target?.Element("label");
                if (label is null) return;
                if (anchors > 0) Children(label);
                else
                {
                    OpenAnchorToTarget(rid!, Attr(e, "ref-type"));
                    Children(label);
                    CloseAnchor();
                }

                return;
            }

            if (target is null || anchors > 0)
            {
                phrasing++;
                Children(e);
                phrasing--;
                return;
            }

            OpenAnchorToTarget(rid!, Attr(e, "ref-type"));
            Children(e);
            CloseAnchor();
        }

        private void OpenAnchorToTarget(string rid, string? refType)
        {
            html.Open("a").FragmentLink(rid).Class(CrossReferenceClass(refType)).Close();
            anchors++;
            phrasing++;
        }

        private void CloseAnchor()
        {
            phrasing--;
            anchors--;
            html.End("a");
        }

        /// <summary>Classes for xref by ref-type (JATS Tag Library, xref @ref-type), so scripts can add reference pop-overs.</summary>
        private static string CrossReferenceClass(string? refType) => refType switch
        {
            "bibr" => "xref xref-bibr",
            "fig" => "xref xref-fig",
            "table" => "xref xref-table",
            "fn" or "table-fn" => "xref xref-fn",
            "disp-formula" => "xref xref-disp-formula",
            "supplementary-material" => "xref xref-supplementary-material",
            "app" => "xref xref-app",
            "sec" => "xref xref-sec",
            "aff" => "xref xref-aff",
            "corresp" => "xref xref-corresp",
            "boxed-text" => "xref xref-boxed-text",
            "list" => "xref xref-list",
            "statement" => "xref xref-statement",
            "chem" => "xref xref-chem",
            _ => "xref",
        };

        private static string? FirstToken(string? value)
        {
            if (value is null) return null;
            var space = value.IndexOfAny([' ', '\t', '\n', '\r']);
            return space < 0 ? value : value[..space];
        }

        private static bool HasVisibleContent(XElement e)
        {
            for (var node = e.FirstNode; node is not null; node = node.NextNode)
            {
                if (node is XElement) return true;
                if (node is XText t && !string.IsNullOrWhiteSpace(t.Value)) return true;
            }

            return false;
        }

        /// <summary>ext-link, uri, self-uri: a link only for safe schemes; anything else is written as text.</summary>
        private void ExternalLink(XElement e)
        {
            var href = Attr(e, XlinkHref);
            var hasContent = HasVisibleContent(e);
            if (href is null && hasContent) href = JatsInline.ToText(e);
            var url = href is null ? null : SafeUrl(href, Attr(e, "ext-link-type"));
            if (url is null || anchors > 0)
            {
                phrasing++;
                if (hasContent) Children(e);
                else html.Text(href);
                phrasing--;
                return;
            }

            OpenExternalAnchor(url);
            if (hasContent) Children(e);
            else html.Text(url);
            CloseAnchor();
        }

        private void Uri(XElement e) => ExternalLink(e);

        private void OpenExternalAnchor(string url)
        {
            html.Open("a").Attribute("href", url).Attribute("rel", "noopener").Close();
            anchors++;
            phrasing++;
        }

        private void Email(XElement e)
        {
            var address = Attr(e, XlinkHref) ?? JatsInline.ToText(e);
            if (address.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) address = address[7..];
            if (anchors > 0 || !IsEmailAddress(address))
            {
                phrasing++;
                Children(e);
                phrasing--;
                return;
            }

            html.Open("a").Attribute("href", "mailto:" + address).Close();
            anchors++;
            phrasing++;
            if (HasVisibleContent(e)) Children(e);
            else html.Text(address);
            CloseAnchor();
        }

        internal static bool IsEmailAddress(string s)
        {
            var at = s.IndexOf('@', StringComparison.Ordinal);
            if (at <= 0 || at == s.Length - 1 || s.Length > 254) return false;
            foreach (var c in s)
            {
                if (c <= ' ' || c is ':' or '/' or '<' or '>' or '"' or '\'' or '(' or ')' or ',' or ';' or '\\' or '[' or ']') return false;
            }

            return s.IndexOf('@', at + 1) < 0;
        }

        /// <summary>pub-id inside a citation: DOI, PubMed and PMC ids become resolver links, the text stays as written.</summary>
        private void PublicationId(XElement e)
        {
            var value = JatsInline.ToText(e);
            var url = IdentifierUrl(Attr(e, "pub-id-type"), value);
            if (url is null || anchors > 0)
            {
                phrasing++;
                Children(e);
                phrasing--;
                return;
            }

            OpenExternalAnchor(url);
            Children(e);
            CloseAnchor();
        }

        /// <summary>object-id (fig, table-wrap, supplementary-material, abstract): a DOI shown as its https://doi.org link.</summary>
        private void ObjectId(XElement e)
        {
            var value = JatsInline.ToText(e);
            var url = IdentifierUrl(Attr(e, "pub-id-type"), value);
            var block = phrasing == 0;
            html.Start(block ? "p" : "span", "object-id");
            phrasing++;
            if (url is null || anchors > 0) Children(e);
            else
            {
                OpenExternalAnchor(url);
                html.Text(url);
                CloseAnchor();
            }

            phrasing--;
            if (block) html.EndBlock("p");
            else html.End("span");
        }

        private void RelatedLink(XElement e)
        {
            var href = Attr(e, XlinkHref);
            var url = href is null ? null : SafeUrl(href, Attr(e, "ext-link-type") ?? Attr(e, "link-type"));
            var hasContent = HasVisibleContent(e);
            html.Start("span", "related");
            if (url is null || anchors > 0)
            {
                phrasing++;
                CitationChildren(e);
                phrasing--;
            }
            else
            {
                OpenExternalAnchor(url);
                if (hasContent) CitationChildren(e);
                else html.Text(url);
                CloseAnchor();
            }

            html.End("span");
        }

        /// <summary>ali:license_ref: the licence URL as a link.</summary>
        private void LicenseReference(XElement e)
        {
            var value = JatsInline.ToText(e);
            var url = SafeUrl(value, null);
            if (url is null || anchors > 0)
            {
                html.Text(value);
                return;
            }

            OpenExternalAnchor(url);
            html.Text(value);
            CloseAnchor();
        }

        internal static string? IdentifierUrl(string? type, string value)
        {
            value = value.Trim();
            if (value.Length == 0) return null;
            return type?.ToLowerInvariant() switch
            {
                "doi" => DoiUrl(value),
                "pmid" or "pubmed" => PubMedUrl(value),
                "pmcid" or "pmc" => PmcUrl(value),
                _ => SafeUrl(value, null) is { } url && url.StartsWith("http", StringComparison.Ordinal) ? url : null,
            };
        }

        /// <summary>
        /// The href to write for a link from the XML, or null to write it as text: only http, https, ftp and mailto
        /// URLs, DOIs (doi: or ext-link-type="doi"), PubMed and PMC ids, and www. hosts pass.
        /// </summary>
        internal static string? SafeUrl(string raw, string? linkType)
        {
            var s = raw.Trim();
            if (s.Length is 0 or > 4000) return null;
            foreach (var c in s)
            {
                if (c < ' ' || c == '\u007F') return null;
            }

            var scheme = SchemeOf(s);
            if (scheme is "http" or "https" or "ftp" or "mailto") return EscapeUnsafe(WithoutSpacesInHost(s));
            var type = linkType?.ToLowerInvariant();
            if (scheme == "doi") return DoiUrl(s[4..]);
            if (scheme is not null) return null;
            return type switch
            {
                "doi" => DoiUrl(s),
                "pmid" or "pubmed" => PubMedUrl(s),
                "pmc" or "pmcid" => PmcUrl(s),
                _ => s.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && s.Length > 4 ? EscapeUnsafe(WithoutSpacesInHost("http://" + s)) : null,
            };
        }

        /// <summary>The URL scheme (RFC 3986 §3.1), lower-cased, or null when the string has none.</summary>
        private static string? SchemeOf(string s)
        {
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                if (c == ':') return i == 0 ? null : s[..i].ToLowerInvariant();
                var ok = i == 0 ? char.IsAsciiLetter(c) : char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.';
                if (!ok) return null;
            }

            return null;
        }

        /// <summary>The DOI without a doi: or resolver prefix.</summary>
        internal static string StripDoiPrefix(string doi)
        {
            doi = doi.Trim();
            foreach (var prefix in (ReadOnlySpan<string>)["doi:", "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/"])
            {
                if (doi.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) doi = doi[prefix.Length..].Trim();
            }

            return doi;
        }

        internal static string? DoiUrl(string doi)
        {
            doi = StripDoiPrefix(doi);

            if (!doi.StartsWith("10.", StringComparison.Ordinal) || doi.IndexOf('/', StringComparison.Ordinal) < 0) return null;
            var url = new StringBuilder("https://doi.org/", 16 + doi.Length);
            foreach (var c in doi)
            {
                // Characters with a meaning in URLs are escaped as the DOI Handbook (§2.5.2.4) asks.
                switch (c)
                {
                    case '%': url.Append("%25"); break;
                    case '#': url.Append("%23"); break;
                    case '?': url.Append("%3F"); break;
                    case ' ': url.Append("%20"); break;
                    case '"': url.Append("%22"); break;
                    case '<': url.Append("%3C"); break;
                    case '>': url.Append("%3E"); break;
                    case '[': url.Append("%5B"); break;
                    case ']': url.Append("%5D"); break;
                    case '{': url.Append("%7B"); break;
                    case '}': url.Append("%7D"); break;
                    case '|': url.Append("%7C"); break;
                    case '\\': url.Append("%5C"); break;
                    case '^': url.Append("%5E"); break;
                    case '`': url.Append("%60"); break;
                    default:
                        if (c < ' ') return null;
                        url.Append(c);
                        break;
                }
            }

            return url.ToString();
        }

        internal static string? PubMedUrl(string pmid)
        {
            pmid = pmid.Trim();
            if (pmid.Length is 0 or > 12) return null;
            foreach (var c in pmid)
            {
                if (!char.IsAsciiDigit(c)) return null;
            }

            return "https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/";
        }

        internal static string? PmcUrl(string pmcid)
        {
            pmcid = pmcid.Trim();
            var digits = pmcid.StartsWith("PMC", StringComparison.OrdinalIgnoreCase) ? pmcid[3..] : pmcid;
            if (digits.Length is 0 or > 12) return null;
            foreach (var c in digits)
            {
                if (!char.IsAsciiDigit(c)) return null;
            }

            return "https://pmc.ncbi.nlm.nih.gov/articles/PMC" + digits + "/";
        }

        /// <summary>A host name cannot hold spaces; one after "://" is a line-break artefact of the file.</summary>
        private static string WithoutSpacesInHost(string url)
        {
            var start = url.IndexOf("://", StringComparison.Ordinal);
            if (start < 0) return url;
            start += 3;
            var end = url.IndexOfAny(['/', '?', '#'], start);
            if (end < 0) end = url.Length;
            var host = url[start..end];
            return host.Contains(' ', StringComparison.Ordinal) ? url[..start] + host.Replace(" ", "", StringComparison.Ordinal) + url[end..] : url;
        }

        /// <summary>Percent-encodes characters URLs may not hold (RFC 3986 §2) after the host, as browsers would.</summary>
        private static string EscapeUnsafe(string url)
        {
            var start = url.IndexOf("://", StringComparison.Ordinal);
            start = start < 0 ? url.IndexOf(':', StringComparison.Ordinal) + 1 : url.IndexOfAny(['/', '?', '#'], start + 3);
            if (start < 0) return url;
            StringBuilder? escaped = null;
            for (var i = start; i < url.Length; i++)
            {
                var replacement = url[i] switch
                {
                    ' ' => "%20",
                    '"' => "%22",
                    '<' => "%3C",
                    '>' => "%3E",
                    '[' => "%5B",
                    ']' => "%5D",
                    '{' => "%7B",
                    '}' => "%7D",
                    '|' => "%7C",
                    '\\' => "%5C",
                    '^' => "%5E",
                    '`' => "%60",
                    _ => null,
                };
                if (replacement is null)
                {
                    escaped?.Append(url[i]);
                    continue;
                }

                escaped ??= new StringBuilder(url, 0, i, url.Length + 16);
                escaped.Append(replacement);
            }

            return escaped?.ToString() ?? url;
        }
    }
}
