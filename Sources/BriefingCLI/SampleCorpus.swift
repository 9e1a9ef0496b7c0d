import Briefing

/// The sample articles compiled into the binary (see Plugins/EmbedSamples).
enum SampleCorpus {
    static func load() -> Corpus {
        CorpusLoader.load(documents: documents())
    }

    static func documents() -> [SourceDocument] {
        EmbeddedSamples.files.map { SourceDocument(path: "seeds/\($0.name)", bytes: $0.bytes) }
    }
}
