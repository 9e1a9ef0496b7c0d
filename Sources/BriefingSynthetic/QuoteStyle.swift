/// The article's typography: typographic quotation marks and apostrophes (“ ” ’), as most
/// sites print them, or straight ones (" '), as plain-text tools and some feeds leave them.
/// One style holds for a whole article, as it does on a real page.
struct QuoteStyle: Sendable {
    var typographic: Bool

    var open: [UInt8] { typographic ? Marks.leftDouble : [UInt8(ascii: "\"")] }
    var close: [UInt8] { typographic ? Marks.rightDouble : [UInt8(ascii: "\"")] }

    /// `text` with its apostrophes in this style.
    func styled(_ text: String) -> String {
        guard typographic, text.utf8.contains(UInt8(ascii: "'")) else { return text }
        return String(decoding: text.utf8.flatMap { $0 == UInt8(ascii: "'") ? Marks.rightSingle : [$0] }, as: UTF8.self)
    }
}
