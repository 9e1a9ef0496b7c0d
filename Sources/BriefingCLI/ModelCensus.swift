import Briefing

/// What a model holds, part by part, in bytes of text and in heap blocks, to see where memory
/// goes: the text of the articles, and the copies of it that quotes, figures, dates and
/// summaries keep. An estimate (a string longer than 15 bytes is a block of its own with a
/// 32-byte header; an array is a block with a 32-byte header), for `bench-screen`.
struct ModelCensus {
    struct Part {
        var name: String
        var textBytes = 0
        var blocks = 0
        var blockBytes = 0
    }

    private(set) var parts: [Part] = []

    init(_ model: AnalyzedCorpus) {
        var part = Part(name: "")
        func string(_ s: String?) {
            guard let s else { return }
            let n = s.utf8.count
            part.textBytes += n
            if n > 15 { part.blocks += 1; part.blockBytes += 32 + (n + 15) / 16 * 16 }
        }
        func array<T>(_ a: [T]) {
            guard !a.isEmpty else { return }
            part.blocks += 1
            part.blockBytes += 32 + a.count * MemoryLayout<T>.stride
        }
        func close(_ name: String) {
            part.name = name
            parts.append(part)
            part = Part(name: "")
        }
        let articles = model.articles
        array(articles)
        for a in articles.indices {
            string(articles[a].id); string(articles[a].path); string(articles[a].title); string(articles[a].author)
            string(articles[a].outlet); string(articles[a].published); string(articles[a].standfirst)
            array(articles[a].paragraphs)
        }
        close("articles (ids, titles, bylines)")
        for a in articles.indices {
            for p in articles[a].paragraphs.indices {
                string(articles[a].paragraphs[p].text)
                array(articles[a].paragraphs[p].sourceMap.anchors)
            }
        }
        close("paragraphs (text, offset maps)")
        array(model.quotes)
        for quotes in model.quotes {
            array(quotes)
            for q in quotes.indices {
                string(quotes[q].id); string(quotes[q].text); string(quotes[q].cue)
                string(quotes[q].speaker?.name); string(quotes[q].speaker?.surface); string(quotes[q].speaker?.role)
                array(quotes[q].alsoIn)
                for id in quotes[q].alsoIn { string(id) }
            }
        }
        close("quotes (text copied)")
        array(model.speakers)
        for s in model.speakers.indices {
            let speaker = model.speakers[s]
            string(speaker.name); string(speaker.role)
            array(speaker.aliases); array(speaker.quotes); array(speaker.articles)
            for alias in speaker.aliases { string(alias) }
        }
        close("speakers (quote ids shared)")
        array(model.figures)
        for figures in model.figures {
            array(figures)
            for f in figures.indices {
                string(figures[f].id); string(figures[f].text); string(figures[f].sentence); string(figures[f].unit)
                string(figures[f].qualifier); string(figures[f].speaker)
            }
        }
        array(model.keyFigures)
        for k in model.keyFigures.indices { array(model.keyFigures[k].mentions); array(model.keyFigures[k].articles) }
        close("figures (sentence copied)")
        array(model.timeline)
        for e in model.timeline.indices {
            string(model.timeline[e].event); string(model.timeline[e].dateText); array(model.timeline[e].alsoIn)
        }
        close("timeline (sentence copied)")
        array(model.entities)
        for e in model.entities.indices {
            let entity = model.entities[e]
            string(entity.name); array(entity.aliases); array(entity.mentions); array(entity.articles); array(entity.mentionCounts)
        }
        close("entities (mentions)")
        array(model.summaries)
        for s in model.summaries.indices {
            array(model.summaries[s].ranked)
            for r in model.summaries[s].ranked.indices { string(model.summaries[s].ranked[r].text) }
        }
        close("summaries (sentences copied)")
        array(model.stories)
        for s in model.stories.indices {
            let story = model.stories[s]
            string(story.headline); array(story.articles); array(story.people); array(story.figures); array(story.timeline)
        }
        array(model.statistics)
        close("stories, statistics")
    }

    /// Each part's text and blocks, and the total, in megabytes.
    var lines: [String] {
        let total = parts.reduce(0) { $0 + $1.blockBytes }
        return parts.map { part in
            let name = part.name.padding(toLength: 34, withPad: " ", startingAt: 0)
            return name + "text " + megabytes(part.textBytes) + "   heap blocks " + String(part.blocks).leftPadded(9) + "  " + megabytes(part.blockBytes)
        } + ["total heap blocks".padding(toLength: 34, withPad: " ", startingAt: 0) + String(repeating: " ", count: 44) + megabytes(total)]
    }

    private func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes + 50_000) / 100_000
        return "\(tenths / 10).\(tenths % 10) MB".leftPadded(10)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
