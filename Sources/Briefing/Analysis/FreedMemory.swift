#if canImport(Glibc)
import Glibc
#endif

/// Hands memory freed by the analysis back to the system.
///
/// Analysing a corpus allocates several times the model in short-lived readings (tokens,
/// sentences, candidate phrases) on every core. glibc keeps what they free in per-thread arenas
/// for reuse, so the process stays that large after the model is built, although nothing
/// uses that memory any more. `malloc_trim` returns the free pages of every arena; it costs a
/// few milliseconds per hundred megabytes, once per load. Swift's Glibc module does not
/// declare it (it is in `<malloc.h>`), so it is looked up by name; where there is no such
/// function, nothing happens.
public enum FreedMemory {
    public static func giveBack() {
        #if canImport(Glibc)
        guard let trim = trimFunction else { return }
        _ = trim(0)
        #endif
    }

    /// Whether this system has a way to give memory back (glibc's `malloc_trim`).
    public static var isAvailable: Bool {
        #if canImport(Glibc)
        trimFunction != nil
        #else
        false
        #endif
    }

    #if canImport(Glibc)
    private typealias Trim = @convention(c) (Int) -> Int32
    private static let trimFunction: Trim? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim")
        .map { unsafeBitCast($0, to: Trim.self) }
    #endif
}
