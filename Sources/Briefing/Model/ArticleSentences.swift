extension Article {
    /// How many sentences the body has (headings left out, as a summary never picks them): what
    /// a summary of a few sentences is measured against ("3 of 42 sentences"). Counted here, in
    /// the model, so views never split text themselves; it costs one pass over the article.
    public var bodySentenceCount: Int {
        paragraphs.reduce(0) { $0 + ($1.isHeading ? 0 : SentenceSplitter.sentences(in: $1.text).count) }
    }
}
