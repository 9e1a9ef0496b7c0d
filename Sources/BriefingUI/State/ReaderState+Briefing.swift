import Briefing

/// The briefing as a view: opening it, and where each of its entries leads. What an entry
/// shows is the view's business (`BriefingBlocks`); where Enter goes is decided here, from the
/// model, so drawing and opening never disagree about which quote or passage a line means.
extension ReaderState {
    /// The briefing from its top. Pressing `b` in the briefing keeps the place.
    mutating func openBriefing() {
        guard current.mode != .briefing else { return }
        push()
        current.mode = .briefing
        current.briefingCursor = 0
        current.briefingTop = 0
    }

    /// Where entry `entry` of the briefing leads: an article opens at its top; a person opens
    /// their strongest quote in its article (else their mentions, else their quotes); a figure,
    /// a date or a summary sentence opens its sentence, highlighted.
    func briefingTarget(_ entry: Int) -> Target? {
        guard (0..<briefing.entryCount).contains(entry) else { return nil }
        let item = briefing.item(briefing.itemIndex(ofEntry: entry))
        guard briefing.stories.indices.contains(item.story) else { return nil }
        let story = briefing.stories[item.story]
        switch item.kind {
        case .article(let i):
            guard story.articles.indices.contains(i), model.articles.indices.contains(story.articles[i]) else { return nil }
            return .article(story.articles[i])
        case .person(let i):
            guard story.people.indices.contains(i) else { return nil }
            let person = story.people[i]
            if let id = person.quote, let ref = index.ref(ofQuote: id) { return .quote(ref) }
            if let e = person.entity, model.entities.indices.contains(e) { return .entity(e) }
            if let s = person.speaker, model.speakers.indices.contains(s) { return .speaker(s) }
            return nil
        case .figure(let i):
            return storyFigure(item.story, i).map { .passage($0.passage) }
        case .event(let i):
            guard story.timeline.indices.contains(i), model.timeline.indices.contains(story.timeline[i]) else { return nil }
            return Self.target(of: model.timeline[story.timeline[i]])
        case .summary(let article, let sentence):
            return summarySentence(article: article, sentence).map { .passage($0.passage) }
        case .headline, .heading, .summarySource, .gap:
            return nil
        }
    }

    /// Figure `i` of a story as the story's own articles give it: the key figure's mention in
    /// one of them (the key figure's chosen mention may come from another story's article).
    func storyFigure(_ s: Int, _ i: Int) -> Figure? {
        guard briefing.stories.indices.contains(s) else { return nil }
        let story = briefing.stories[s]
        guard story.figures.indices.contains(i), model.keyFigures.indices.contains(story.figures[i]) else { return nil }
        let key = model.keyFigures[story.figures[i]]
        let ref = key.mentions.first { briefing.story(s, contains: $0.article) } ?? key.representative
        guard model.figures.indices.contains(ref.article), model.figures[ref.article].indices.contains(ref.index) else { return nil }
        return model.figure(ref)
    }

    /// Sentence `i` (in article order) of the summary the briefing shows for `article`.
    func summarySentence(article: Int, _ i: Int) -> SummarySentence? {
        guard model.summaries.indices.contains(article) else { return nil }
        let sentences = model.summaries[article].sentences(settings.summarySentences)
        return sentences.indices.contains(i) ? sentences[i] : nil
    }
}
