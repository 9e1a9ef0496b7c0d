import Foundation
@testable import Briefing

/// The matching rules of ../shared/eval/score.py, in Swift, so quote accuracy is a test that
/// runs from a fresh clone without Python or the shared folder. A gold quote matches at most
/// one predicted quote, best overlap first; overlap is shared characters over the longer of the
/// two (30% by default); a seeds.json quote, which has no offsets, matches a prediction whose
/// text contains its first words. The speaker is right when the normalised names are equal, one
/// is a whole-word part of the other, or the prediction is one of the gold speaker's aliases.
struct QuoteScore: CustomStringConvertible {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0
    var speakersRight = 0
    var notes: [String] = []

    var precision: Double { truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives) }
    var recall: Double { truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var speakerAccuracy: Double { truePositives == 0 ? 0 : Double(speakersRight) / Double(truePositives) }

    var description: String {
        String(format: "P %.1f R %.1f F1 %.1f speaker %.1f%% (tp %d fp %d fn %d)", precision * 100, recall * 100, f1 * 100,
               speakerAccuracy * 100, truePositives, falsePositives, falseNegatives)
    }
}

struct GoldQuote {
    var text: String?
    var starts: String?
    var speaker: String
    var kind: String
    var start: Int?
    var end: Int?
}

struct GoldDocument {
    var id: String
    var text: String
    var quotes: [GoldQuote]
}

enum QuoteScoring {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Documents of a JSON-lines gold file; quote offsets found by exact search, as score.py does.
    static func jsonl(_ url: URL) throws -> [GoldDocument] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line in
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let text = object["text"] as! String
            let scalars = Array(text.unicodeScalars)
            let quotes = (object["quotes"] as! [[String: Any]]).map { q -> GoldQuote in
                let quoteText = q["text"] as! String
                var start = q["start"] as? Int
                if start == nil, let found = find(Array(quoteText.unicodeScalars), in: scalars) { start = found }
                return GoldQuote(text: quoteText, starts: nil, speaker: q["speaker"] as! String, kind: q["kind"] as! String,
                                 start: start, end: start.map { $0 + quoteText.unicodeScalars.count })
            }
            return GoldDocument(id: object["id"] as! String, text: text, quotes: quotes)
        }
    }

    /// seeds.json: the sample articles, quotes identified by their first words.
    static func seeds(_ url: URL, seedsFolder: URL) throws -> (documents: [GoldDocument], aliases: [String: [String]]) {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        var documents: [GoldDocument] = []
        for article in object["articles"] as! [[String: Any]] {
            let file = article["file"] as! String
            let text = try String(contentsOf: seedsFolder.appendingPathComponent(file), encoding: .utf8)
            let quotes = (article["quotes"] as! [[String: Any]]).map {
                GoldQuote(text: nil, starts: $0["starts"] as? String, speaker: $0["speaker"] as! String, kind: $0["kind"] as! String)
            }
            documents.append(GoldDocument(id: (file as NSString).deletingPathExtension, text: text, quotes: quotes))
        }
        var aliases: [String: [String]] = [:]
        for speaker in object["speakers"] as? [[String: Any]] ?? [] {
            aliases[speaker["name"] as! String] = speaker["aliases"] as? [String] ?? []
        }
        return (documents, aliases)
    }

    /// Runs the extractor over the documents (each loaded as `<id>.txt`, as score.py does) and
    /// scores it.
    static func score(_ documents: [GoldDocument], aliases: [String: [String]] = [:], threshold: Double = 0.3) -> QuoteScore {
        let corpus = CorpusLoader.load(documents: documents.map { SourceDocument(path: "\($0.id).txt", bytes: Array($0.text.utf8)) })
        let model = AnalyzedCorpus(corpus)
        var byID: [String: [Quote]] = [:]
        for (i, article) in model.articles.enumerated() { byID[article.id] = model.quotes[i] }
        var score = QuoteScore()
        for document in documents {
            let predicted = byID[document.id] ?? []
            var pairs: [(Double, Int, Int)] = []
            for (g, gold) in document.quotes.enumerated() {
                for (p, quote) in predicted.enumerated() {
                    pairs.append((match(gold, quote), g, p))
                }
            }
            pairs.sort { $0 > $1 }
            var usedGold = Set<Int>(), usedPredicted = Set<Int>()
            for (value, g, p) in pairs where value >= threshold && !usedGold.contains(g) && !usedPredicted.contains(p) {
                usedGold.insert(g)
                usedPredicted.insert(p)
                score.truePositives += 1
                let gold = document.quotes[g]
                if speakerMatches(predicted[p].speaker?.name, gold.speaker, aliases: aliases[gold.speaker] ?? []) {
                    score.speakersRight += 1
                } else {
                    score.notes.append("\(document.id): speaker \(predicted[p].speaker?.name ?? "nil"), gold \(gold.speaker): \(label(gold))")
                }
            }
            for (g, gold) in document.quotes.enumerated() where !usedGold.contains(g) {
                score.falseNegatives += 1
                score.notes.append("\(document.id): missed (\(gold.kind), \(gold.speaker)): \(label(gold))")
            }
            for (p, quote) in predicted.enumerated() where !usedPredicted.contains(p) {
                score.falsePositives += 1
                score.notes.append("\(document.id): false (\(quote.kind.rawValue), \(quote.speaker?.name ?? "nil")): \(quote.text.prefix(70))")
            }
        }
        return score
    }

    static func label(_ gold: GoldQuote) -> String { String((gold.starts ?? gold.text ?? "").prefix(70)) }

    static func match(_ gold: GoldQuote, _ quote: Quote) -> Double {
        if let start = gold.start, let end = gold.end {
            let shared = min(end, quote.end) - max(start, quote.start)
            return Double(max(0, shared)) / Double(max(end - start, quote.end - quote.start, 1))
        }
        if let starts = gold.starts {
            return normalised(quote.text).contains(normalised(starts)) ? 1 : 0
        }
        return 0
    }

    static let quoteCharacters: Set<Character> = ["\"", "“", "”", "‘", "’", "'", "«", "»", "„"]

    static func normalised(_ s: String) -> String {
        let replaced = String(s.map { $0 == "\u{A0}" || quoteCharacters.contains($0) ? " " : $0 })
        return replaced.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static let titles: Set<String> = ["mr", "mrs", "ms", "dr", "prof", "sir", "president", "minister", "us", "u", "s", "the"]

    static func nameWords(_ s: String?) -> [String] {
        (s ?? "").lowercased().split { !($0.isLetter || $0.isNumber) || !$0.isASCII }.map(String.init).filter { !titles.contains($0) }
    }

    static func speakerMatches(_ predicted: String?, _ gold: String, aliases: [String]) -> Bool {
        let p = nameWords(predicted), g = nameWords(gold)
        guard !p.isEmpty, !g.isEmpty else { return false }
        if p == g || aliases.contains(where: { nameWords($0) == p }) { return true }
        let ps = " \(p.joined(separator: " ")) ", gs = " \(g.joined(separator: " ")) "
        return ps.contains(gs) || gs.contains(ps)
    }

    private static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] && Array(haystack[i..<(i + needle.count)]) == needle {
            return i
        }
        return nil
    }
}
