/// What a stored analysis must have been made by to be trusted: this version of the analysis
/// and these rule files. A cache mixes both into its key (with the build's own identity), so
/// results from an older analyser are never read back as if this one had made them.
public enum Analyser {
    /// Raise when what the analysis finds changes in a way the rule files do not show (a rule
    /// written in Swift, a new field in the model).
    public static let version = 1

    /// The rule data the analysis reads (every `Data/` word list, as embedded in the build), by
    /// name, sorted.
    public static var ruleData: [(name: String, bytes: [UInt8])] { EmbeddedData.files }
}
