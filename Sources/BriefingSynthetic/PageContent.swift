import Briefing

/// Everything a layout may print around the body: the metadata the truth records, and the
/// furniture (sections, related headlines, tags, credits) that makes a dump look saved from the
/// web. Furniture is invented per article too, so no two pages share it word for word.
struct PageContent {
    var title: String
    var standfirst: String
    var author: String
    var authorGender: Names.Gender
    var outlet: String
    var published: CalendarDate
    var hour: Int
    var minute: Int
    var section: String
    var paragraphs: [[UInt8]]
    /// Headlines of other stories, for related lists and next/previous links.
    var related: [String]
    var tags: [String]
    var city: Places.City
    var agency: (name: String, short: String)
    var editor: String
    var pictureSource: String
    var photographer: String
    var caption: String
    var slug: String
}
