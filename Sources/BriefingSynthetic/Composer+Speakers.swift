/// How the text names a speaker: in full with their role the first time, then by surname, by
/// "she" or "he" right after they were named, or by their role noun ("the minister") when no one
/// else in the story shares it. These are the references an extractor has to resolve.
extension Composer {
    /// How a cue refers to someone already introduced.
    enum Reference {
        case surname, pronoun, roleNoun, fullName
    }

    /// The references open for person `p` here: a pronoun only right after they were named, a
    /// role noun only when it is theirs alone.
    mutating func reference(for p: Int, allowPronoun: Bool = true) -> Reference {
        let person = cast.people[p]
        var options: [Reference] = [.surname, .surname, .surname, .fullName]
        if allowPronoun, lastNamed == p, paragraphIndex - lastNamedParagraph <= 1 { options += [.pronoun, .pronoun, .pronoun] }
        if person.anaphorIsUnique { options += [.roleNoun] }
        return dice.pick(options)
    }

    /// "Amara Okonkwo, 43, a spokesperson for the Ardmoor Police": the name in full, then the
    /// role (and the age of someone quoted for themselves), as the cue after a quote gives it.
    mutating func writeIntroduction(_ p: Int) {
        let person = cast.people[p]
        if let honorific = person.role.honorific {
            text.add(honorific)
            text.add(byte: UInt8(ascii: " "))
        }
        text.add(person.fullName)
        text.add(", ")
        if person.role.givesAge {
            writeAge(person.age)
            text.add(", ")
        }
        rolePerson = p
        write(person.role.appositive)
        introduced(p)
    }

    /// "Police spokesperson Amara Okonkwo", "Health Minister Amara Okonkwo": the role as a title
    /// before the name. Mid-sentence an ordinary job title goes lowercase ("said police
    /// spokesperson …"); formal titles and names of organisations keep their capitals. Returns
    /// true when an age follows the name ("Farmer Ana Ruiz, 70"), which a verb after it must
    /// close with a comma.
    @discardableResult
    mutating func writeTitled(_ p: Int, sentenceStart: Bool) -> Bool {
        let person = cast.people[p]
        let start = text.count
        rolePerson = p
        write(person.role.title)
        if !sentenceStart, !person.role.formal, case .text? = person.role.title.pieces.first,
           text.bytes[start] >= UInt8(ascii: "A"), text.bytes[start] <= UInt8(ascii: "Z") {
            text.bytes[start] += 32
        }
        text.add(byte: UInt8(ascii: " "))
        if let honorific = person.role.honorific {
            text.add(honorific)
            text.add(byte: UInt8(ascii: " "))
        }
        text.add(person.fullName)
        if person.role.givesAge {
            text.add(", ")
            writeAge(person.age)
        }
        introduced(p)
        return person.role.givesAge
    }

    /// A later mention: surname, pronoun, role noun or full name. Returns what was written.
    @discardableResult
    mutating func writeReference(_ p: Int, _ reference: Reference, sentenceStart: Bool) -> Reference {
        let person = cast.people[p]
        let start = text.count
        switch reference {
        case .surname:
            text.add(person.surname)
            named(p)
        case .fullName:
            text.add(person.fullName)
            named(p)
        case .pronoun:
            text.add(person.pronoun)
        case .roleNoun:
            text.add(person.role.anaphor)
        }
        if sentenceStart { text.capitalize(at: start) }
        return reference
    }

    /// Someone not yet introduced is introduced (with their role, after or before the name);
    /// anyone else is referred to.
    mutating func writeSpeaker(_ p: Int, sentenceStart: Bool, allowPronoun: Bool = true) {
        if cast.people[p].introduced {
            writeReference(p, reference(for: p, allowPronoun: allowPronoun), sentenceStart: sentenceStart)
        } else if dice.chance(50) {
            if writeTitled(p, sentenceStart: sentenceStart) { text.add(byte: UInt8(ascii: ",")) }
        } else {
            writeIntroduction(p)
            // The appositive is closed by a comma before the verb follows.
            text.add(byte: UInt8(ascii: ","))
        }
    }

    mutating func introduced(_ p: Int) {
        cast.people[p].introduced = true
        named(p)
    }

    mutating func named(_ p: Int) {
        lastNamed = p
        lastNamedParagraph = paragraphIndex
    }

    /// A speaker for the next quote: the main people speak most, as in real stories.
    mutating func pickSpeaker() -> Int {
        let count = cast.people.count
        let roll = dice.below(10)
        if roll < 4 { return 0 }
        if roll < 7 { return min(1, count - 1) }
        return dice.below(count)
    }
}

extension Role {
    /// Titles that keep their capitals before a name anywhere in a sentence.
    static let formalTitles = ["Detective", "Superintendent", "Professor", "Deputy", "Consultant", "Lecturer"]
}
