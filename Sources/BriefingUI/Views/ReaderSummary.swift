import Briefing

extension ReaderDocument {
    /// The open article as the reader shows it now: its full text, or its summary.
    static func shown(_ state: ReaderState, width: Int) -> ReaderDocument {
        guard state.readerSummary, let article = state.currentArticle else {
            return ReaderDocument(article: state.currentArticle, quotes: state.currentQuotes, width: width)
        }
        let summary = state.model.summaries.indices.contains(state.openArticle) ? state.model.summaries[state.openArticle] : Summary(ranked: [])
        return ReaderDocument(summaryOf: article, sentences: summary.sentences(state.settings.summarySentences), quotes: state.currentQuotes,
                              width: width,
                              toggleKey: state.settings.keys.keys(for: .toggleSummary, in: .panes).first?.label ?? Self.toggleKey)
    }

    /// The key that switches back, as the summary's header names it.
    static var toggleKey: String {
        KeyTable.bindings.first { $0.action == .toggleSummary }?.keys.first?.label ?? ""
    }

    /// An article's summary laid out like the article: title, byline, a header saying how much
    /// of the article this is and how to get the rest, then each summary sentence as a paragraph,
    /// in article order. Each sentence's lines refer into its paragraph's text by the
    /// paragraph's own offsets, so quotes and highlights are marked exactly as in the full text.
    init(summaryOf article: Article, sentences: [SummarySentence], quotes: [Quote], width: Int, toggleKey: String = Self.toggleKey) {
        guard width > 0 else { return }
        add(article.displayTitle, kind: .title, paragraph: article.titleStart == nil ? nil : FigureExtractor.titleParagraph, width: width)
        let byline = [article.author, article.outlet, article.published].compactMap { $0 }.joined(separator: " · ")
        if !byline.isEmpty { add(byline, kind: .byline, paragraph: nil, width: width) }
        lines.append(Line(kind: .blank, block: 0, range: 0..<0, paragraph: nil))
        let back = "\(toggleKey): full text"
        let header = sentences.isEmpty
            ? "Summary · none: the article has no sentences to choose from · \(back)"
            : "Summary · \(NumberText.grouped(sentences.count)) of \(NumberText.counted(article.bodySentenceCount, "sentence")) · \(back)"
        add(header, kind: .note, paragraph: nil, width: width)
        for sentence in sentences where article.paragraphs.indices.contains(sentence.paragraph) {
            lines.append(Line(kind: .blank, block: 0, range: 0..<0, paragraph: nil))
            let block: Int
            if let shared = paragraphBlocks[sentence.paragraph] {
                block = shared
            } else {
                blocks.append(Array(article.paragraphs[sentence.paragraph].text.unicodeScalars))
                block = blocks.count - 1
                paragraphBlocks[sentence.paragraph] = block
            }
            let range = sentence.range.clamped(to: 0..<blocks[block].count)
            let scalars = Array(blocks[block][range])
            for line in TextWrap.wrap(scalars, width: width) {
                let shifted = (line.lowerBound + range.lowerBound)..<(line.upperBound + range.lowerBound)
                lines.append(Line(kind: .body, block: block, range: shifted, paragraph: sentence.paragraph))
            }
        }
        // A quote the summary holds starts on its line; any other is not shown.
        quoteLines = quotes.map { quote in
            lines.firstIndex { $0.paragraph == quote.paragraph && $0.kind == .body && $0.range.upperBound > quote.cleanRange.lowerBound } ?? 0
        }
    }
}
