/// How a page was saved as text. Each layout reproduces the structure of a kind of page dump the
/// loader meets (where the metadata sits, what furniture surrounds the story, how paragraphs are
/// separated), never the words of any real page.
public enum PageLayout: String, Sendable, CaseIterable {
    /// An archive page: breadcrumb trail ending in the title, the title again, a "Last Updated"
    /// line on both sides of the author's name, blank-line paragraphs, a closing image credit.
    case archive
    /// A blog export: the title wrapped in tabs, one paragraph a line with no blank lines,
    /// no-break spaces in the text, the author's name and "(Outlet – tags)" at the bottom.
    case tabbed
    /// A news site: cookie banner, masthead in capitals, a menu row of tabs, standfirst,
    /// "Listen to this article", byline, relative and ISO timestamps, advertisements and image
    /// credits in the body, topics, an author bio, comment counter and copyright line.
    case newsSite
    /// A newspaper site: "Skip to main content", masthead, "Home > Section > Country" trail,
    /// byline with the reporter's beat, weekday date and "Last Updated" lines, share rows,
    /// captions with credits, "Read more" links, a related-stories list, a newsletter prompt,
    /// footer links.
    case courier
    /// A blog post: cookie notice, site name, a menu of dotted sections, "Posted on … by …",
    /// share buttons, "Filed under", previous and next links, "Leave a comment".
    case blog
    /// Agency copy: headline, timestamp with zone, reading time, a dateline naming the agency
    /// ("PORTO (GWS) - "), and "Reporting by …; Editing by …" at the end.
    case wire
    /// A clean extraction: title, "By" line, date, paragraphs.
    case clean
    /// Markdown with YAML front matter (title, author, date, source, tags), a heading, an image
    /// and a subheading, as static site generators and note-taking tools store articles.
    case frontMatter
    /// Title and paragraphs first, "Published:", "Author:" and "Source:" fields at the end.
    case metadataAtEnd
    /// An e-mail digest: labelled header fields, paragraphs hard-wrapped at 72 columns.
    case newsletter

    /// The file name extension the layout is saved with.
    public var fileExtension: String { self == .frontMatter ? "md" : "txt" }
}
