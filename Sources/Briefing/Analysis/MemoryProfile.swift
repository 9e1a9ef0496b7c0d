/// How much memory each part of the model holds: the analysis is run stage by stage and every
/// stage's results are kept, with the process's resident memory read after each. Used by
/// `briefing bench-open --memory` to find what to make smaller; never by tests.
public enum MemoryProfile {
    /// Resident bytes after each stage, the stage's results still held.
    public static func run(_ corpus: Corpus, resident: () -> Int) -> [(stage: String, bytes: Int)] {
        var readings: [(String, Int)] = [("articles", resident())]
        let articles = corpus.articles
        let read = Parallel.map(articles) { i, article in QuoteExtractor.read(article, articleIndex: i) }
        readings.append(("quotes and readings", resident()))
        let quotes = read.map(\.quotes)
        let figures = Parallel.map(articles) { i, article in FigureExtractor.figures(in: article, articleIndex: i) }
        readings.append(("figures", resident()))
        let events = Parallel.map(articles) { i, article in TimelineExtractor.events(in: article, articleIndex: i, quotes: quotes[i]) }
        readings.append(("timeline events", resident()))
        let entities = Parallel.map(articles) { i, article in
            EntityExtractor.entities(in: article, articleIndex: i, quotes: quotes[i], reading: read[i].reading)
        }
        readings.append(("entities per article", resident()))
        let summaries = Parallel.map(articles) { i, article in
            Summarizer.summarize(article, articleIndex: i, quotes: quotes[i], figures: figures[i], reading: read[i].reading)
        }
        readings.append(("summaries", resident()))
        let directory = SpeakerDirectory.build(quotes: quotes)
        readings.append(("speaker directory", resident()))
        let ranking = FigureRanking.rank(figures, articles: articles).ranking
        readings.append(("figure ranking", resident()))
        let timeline = TimelineMerger.merge(events)
        readings.append(("timeline merge", resident()))
        let merged = EntityDirectory.build(entities, speakers: directory.speakers)
        readings.append(("entity merge", resident()))
        let stories = StoryGrouping.stories(articles: articles, quotes: directory.quotes, speakers: directory.speakers,
                                            entities: merged, keyFigures: ranking, timeline: timeline)
        readings.append(("stories", resident()))
        withExtendedLifetime((read, figures, events, entities, summaries, directory, ranking, timeline, merged, stories)) {}
        return readings
    }
}
