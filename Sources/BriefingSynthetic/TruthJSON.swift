/// The truth of an article as one JSON line, written by hand on bytes: a corpus of a hundred
/// thousand articles writes its truth file in the time the articles take, which an encoder
/// building dictionaries would not.
///
/// `{"file": …, "layout": …, "topic": …, "title": …, "author": …, "outlet": …, "published": …,
/// "paragraphs": N, "quotes": [{"kind", "form", "speaker", "speaker_kind", "text", "paragraph"}],
/// "figures": [{"kind", "text", "value"}], "dates": [{"kind", "text", "resolved"}],
/// "scare_quotes": [...]}`
extension GeneratedArticle {
    public func truthJSONLine() -> [UInt8] {
        var json = JSONWriter()
        json.raw("{\"file\": ")
        json.string(fileName)
        json.field("layout", truth.layout.rawValue)
        json.field("topic", truth.topic)
        json.field("title", truth.title)
        json.field("author", truth.author)
        json.field("outlet", truth.outlet)
        json.field("published", truth.published)
        json.raw(", \"paragraphs\": ")
        json.text.add(int: truth.paragraphCount)
        json.raw(", \"quotes\": [")
        for (i, quote) in truth.quotes.enumerated() {
            if i > 0 { json.raw(", ") }
            json.raw("{\"kind\": ")
            json.string(quote.kind.rawValue)
            json.field("form", quote.form.rawValue)
            json.field("speaker", quote.speaker)
            json.field("speaker_kind", quote.speakerIsOrganisation ? "organization" : "person")
            json.field("text", quote.text)
            json.raw(", \"paragraph\": ")
            json.text.add(int: quote.paragraph)
            json.raw("}")
        }
        json.raw("], \"figures\": [")
        for (i, figure) in truth.figures.enumerated() {
            if i > 0 { json.raw(", ") }
            json.raw("{\"kind\": ")
            json.string(figure.kind.rawValue)
            json.field("text", figure.text)
            json.raw(", \"value\": ")
            json.number(figure.value)
            json.raw("}")
        }
        json.raw("], \"dates\": [")
        for (i, date) in truth.dates.enumerated() {
            if i > 0 { json.raw(", ") }
            json.raw("{\"kind\": ")
            json.string(date.kind.rawValue)
            json.field("text", date.text)
            json.field("resolved", date.resolved)
            json.raw("}")
        }
        json.raw("], \"scare_quotes\": [")
        for (i, word) in truth.scareQuotes.enumerated() {
            if i > 0 { json.raw(", ") }
            json.string(word)
        }
        json.raw("]}\n")
        return json.text.bytes
    }
}

struct JSONWriter {
    var text = ByteText(capacity: 4096)

    mutating func raw(_ literal: String) {
        text.add(literal)
    }

    /// `, "key": "value"`
    mutating func field(_ key: String, _ value: String) {
        text.add(", \"")
        text.add(key)
        text.add("\": ")
        string(value)
    }

    /// A JSON string: quotes, backslashes and control characters escaped, UTF-8 kept as is.
    mutating func string(_ value: String) {
        text.add(byte: UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): text.add("\\\"")
            case UInt8(ascii: "\\"): text.add("\\\\")
            case 0x0A: text.add("\\n")
            case 0x09: text.add("\\t")
            case 0x0D: text.add("\\r")
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                text.add("\\u00")
                text.add(byte: hex[Int(byte >> 4)])
                text.add(byte: hex[Int(byte & 0xF)])
            default: text.add(byte: byte)
            }
        }
        text.add(byte: UInt8(ascii: "\""))
    }

    /// Whole numbers without a fraction; others with one decimal (the generator writes no finer).
    mutating func number(_ value: Double) {
        let tenths = Int((value * 10).rounded())
        if tenths % 10 == 0 {
            text.add(int: tenths / 10)
        } else {
            text.add(int: tenths / 10)
            text.add(byte: UInt8(ascii: "."))
            text.add(int: abs(tenths % 10))
        }
    }
}
