import Foundation

/// Times each extraction stage over documents already in memory, so the figures measure the
/// analysis, not the disk. Used by `briefing bench`; never by tests (timings on a shared
/// machine are for reading, not for asserting).
public enum ExtractionBenchmark {
    public struct Stage: Sendable, Codable {
        public var name: String
        public var seconds: Double
        public var megabytesPerSecond: Double
    }

    public struct Report: Sendable, Codable {
        public var documents: Int
        public var megabytes: Double
        public var articles: Int
        public var quotes: Int
        public var speakers: Int
        public var keyFigures: Int
        public var events: Int
        public var entities: Int
        public var stories: Int
        public var stages: [Stage]
    }

    /// The stage that times the whole pipeline on `cores` cores.
    public static func pipelineStageName(cores: Int) -> String { cores == 1 ? "total, 1 core" : "total, \(cores) cores" }

    /// Loading and analysing documents already in memory, as `briefing` does with a folder.
    public static func pipeline(_ documents: [SourceDocument]) -> AnalyzedCorpus {
        AnalyzedCorpus(CorpusLoader.load(documents: documents))
    }

    /// Runs every stage over `documents`, the best of `rounds` runs each.
    public static func run(_ documents: [SourceDocument], rounds: Int = 3) -> Report {
        let bytes = documents.reduce(0) { $0 + $1.bytes.count }
        let megabytes = Double(bytes) / 1_000_000
        var stages: [Stage] = []
        func time<T>(_ name: String, _ work: () -> T) -> T {
            var best = Double.infinity
            var result: T?
            for _ in 0..<max(1, rounds) {
                let start = DispatchTime.now().uptimeNanoseconds
                result = work()
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            stages.append(Stage(name: name, seconds: best, megabytesPerSecond: megabytes / max(best, 1e-9)))
            return result!
        }
        let texts = time("decode") { documents.compactMap { doc -> (String, String)? in
            if case .text(let text, _) = TextDecoding.decode(doc.bytes) { return (doc.path, text) }
            return nil
        } }
        let articles = time("clean") { texts.compactMap { ArticleParser.parse($0.1, id: $0.0, path: $0.0, format: .init(path: $0.0)) } }
        _ = time("sentences") { articles.reduce(0) { $0 + $1.paragraphs.reduce(0) { $0 + SentenceSplitter.sentences(in: $1.text).count } } }
        let read = time("quotes") { articles.enumerated().map { QuoteExtractor.read($0.element, articleIndex: $0.offset) } }
        let quotes = read.map(\.quotes)
        let directory = time("speakers") { SpeakerDirectory.build(quotes: quotes) }
        let figures = time("figures") {
            articles.enumerated().map { FigureExtractor.figures(in: $0.element, articleIndex: $0.offset) }
        }
        let ranking = time("figure ranking") { FigureRanking.rank(figures, articles: articles).ranking }
        let timeline = time("timeline") {
            TimelineMerger.merge(articles.enumerated().map { TimelineExtractor.events(in: $0.element, articleIndex: $0.offset, quotes: quotes[$0.offset]) })
        }
        let perArticle = time("entities") {
            articles.enumerated().map { EntityExtractor.entities(in: $0.element, articleIndex: $0.offset, quotes: quotes[$0.offset], reading: read[$0.offset].reading) }
        }
        let entities = time("entity merge") { EntityDirectory.build(perArticle, speakers: directory.speakers) }
        _ = time("summaries") {
            articles.enumerated().map { Summarizer.summarize($0.element, articleIndex: $0.offset, quotes: quotes[$0.offset], figures: figures[$0.offset],
                                                 reading: read[$0.offset].reading) }
        }
        let stories = time("stories") {
            StoryGrouping.stories(articles: articles, quotes: directory.quotes, speakers: directory.speakers, entities: entities,
                                  keyFigures: ranking, timeline: timeline)
        }
        let total = stages.reduce(0) { $0 + $1.seconds } - (stages.first { $0.name == "sentences" }?.seconds ?? 0)
        stages.append(Stage(name: "stages added", seconds: total, megabytesPerSecond: megabytes / max(total, 1e-9)))
        // Everything as loading a folder does it (decoding and parsing, then the articles
        // analysed, then speakers, figures, dates and names merged), on one core and on all.
        for cores in Set([1, Parallel.cores]).sorted() {
            _ = time(pipelineStageName(cores: cores)) { Parallel.withCores(cores) { pipeline(documents).entities.count } }
        }
        return Report(documents: documents.count, megabytes: megabytes, articles: articles.count,
                      quotes: quotes.reduce(0) { $0 + $1.count }, speakers: directory.speakers.count, keyFigures: ranking.count,
                      events: timeline.count, entities: entities.count, stories: stories.count, stages: stages)
    }
}
