import Testing
@testable import Briefing

@Suite("Freed memory")
struct FreedMemoryTests {
    #if os(Linux)
    @Test("glibc's malloc_trim is found, and calling it after freeing leaves allocation working")
    func trims() {
        #expect(FreedMemory.isAvailable)
        var blocks: [[UInt8]] = (0..<64).map { [UInt8](repeating: UInt8($0), count: 1 << 16) }
        blocks.removeAll()
        FreedMemory.giveBack()
        let after = [UInt8](repeating: 7, count: 1 << 16)
        #expect(after.allSatisfy { $0 == 7 })
        #expect(blocks.isEmpty)
    }
    #endif
}
