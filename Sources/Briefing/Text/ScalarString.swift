extension String {
    /// The text of `scalars`, as `String(String.UnicodeScalarView(scalars))` gives it.
    ///
    /// Appending an array slice of scalars to a `UnicodeScalarView` goes through a generic path
    /// that re-encodes scalar by scalar and grows the string as it goes; quote texts, sentence
    /// words and tokens are cut from scalar arrays in hot loops, so they are encoded to UTF-8
    /// here in one pass into storage of the exact size.
    init<Scalars: Collection>(scalars: Scalars) where Scalars.Element == Unicode.Scalar {
        var ascii = true
        var count = 0
        for scalar in scalars {
            let v = scalar.value
            if v < 0x80 { count += 1; continue }
            ascii = false
            count += v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        self.init(unsafeUninitializedCapacity: count) { out in
            var k = 0
            if ascii {
                for scalar in scalars {
                    out[k] = UInt8(truncatingIfNeeded: scalar.value)
                    k += 1
                }
                return k
            }
            for scalar in scalars {
                let v = scalar.value
                if v < 0x80 {
                    out[k] = UInt8(truncatingIfNeeded: v)
                    k += 1
                } else if v < 0x800 {
                    out[k] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
                    out[k + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    k += 2
                } else if v < 0x10000 {
                    out[k] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
                    out[k + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    out[k + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    k += 3
                } else {
                    out[k] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
                    out[k + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
                    out[k + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    out[k + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    k += 4
                }
            }
            return k
        }
    }
}
