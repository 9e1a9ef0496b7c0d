/// Given names and surnames of many origins, combined at random, so the people quoted are
/// invented (no list holds a real person's full name) yet read like the names in real news.
/// Each given name carries a gender so the text can refer back with "he" or "she", as
/// reporters do; a few surnames carry accents, since real bylines and quotes do too.
enum Names {
    enum Gender: Sendable { case female, male }

    static let female = [
        "Amara", "Ingrid", "Sofia", "Yuki", "Priya", "Fatima", "Olga", "Chiara", "Aoife", "Nadia",
        "Leila", "Mei", "Zanele", "Camille", "Astrid", "Beatriz", "Ewa", "Hana", "Ifeoma", "Katarina",
        "Lucia", "Marta", "Noor", "Rosa", "Sigrid", "Tamar", "Ursula", "Valentina", "Wanjiru", "Ximena",
        "Yasmin", "Zofia", "Adaeze", "Birgit", "Carmen", "Dagny", "Elif", "Farida", "Heidi", "Irena",
        "Johanna", "Linnea", "Magdalena", "Nkechi", "Oksana", "Rania", "Selin", "Tove", "Vera", "Yara",
        "Zainab", "Agnieszka", "Bronwen", "Constance", "Delphine", "Esther", "Fiona", "Gwen", "Harriet",
        "Imogen", "Jolanta", "Kerstin", "Lorna", "Miriam", "Nora", "Orla", "Petra", "Rhiannon",
        "Saoirse", "Thandiwe", "Vesna", "Alma", "Bianca", "Daria", "Emilia", "Ngozi", "Keiko", "Anjali",
    ]

    static let male = [
        "Adebayo", "Bjorn", "Chidi", "Dmitri", "Farid", "Goran", "Hiroshi", "Ibrahim", "Jonas", "Kwame",
        "Lars", "Mateo", "Nikolai", "Oskar", "Pedro", "Rashid", "Stefan", "Tariq", "Viktor", "Wojciech",
        "Yusuf", "Zoltan", "Anders", "Bruno", "Cyril", "Diego", "Elias", "Florian", "Gustavo", "Hamza",
        "Ivan", "Jakub", "Kenji", "Leon", "Matthias", "Nnamdi", "Pavel", "Rafael", "Samir", "Tobias",
        "Umar", "Vikram", "Wendell", "Xavier", "Yannick", "Arjun", "Callum", "Declan", "Emil", "Felix",
        "Gareth", "Hugo", "Idris", "Joaquin", "Kasper", "Lorenzo", "Milan", "Niall", "Osman", "Piotr",
        "Rohan", "Sven", "Teodor", "Vusi", "Aleksander", "Bogdan", "Conor", "Dario", "Ruben", "Sergei",
    ]

    static let surnames = [
        "Okonkwo", "Nakamura", "Fischer", "Castellano", "Oyelaran", "Haugen", "Petrovic", "Mwangi",
        "Delacroix", "Brennan", "Szymanski", "Rahman", "Valdez", "Chaudhry", "Dimitriou",
        "Eriksen", "Fontaine", "Gallagher", "Horvath", "Ishikawa", "Jovanovic", "Kariuki", "Laurent",
        "Moreau", "Nwosu", "Oduya", "Pacheco", "Quintero", "Rossetti", "Sandoval", "Takahashi", "Ulrich",
        "Whitfield", "Yilmaz", "Zeller", "Abernathy", "Bakker", "Cardoso", "Dahlgren", "Esposito",
        "Ferreira", "Grunewald", "Halloran", "Iwasaki", "Jankowski", "Kruger", "Lombardi", "Mahlangu",
        "Novak", "Ostrowski", "Pereira", "Quigley", "Rasmussen", "Sato", "Tanaka", "Uddin", "Vasquez",
        "Wozniak", "Yamamoto", "Zapata", "Adeyemi", "Bianchi", "Caldwell", "Demir", "Engstrom", "Falk",
        "Gomes", "Hakimi", "Ivanova", "Jensen", "Karimi", "Lehmann", "Marchetti", "Nielsen", "Okafor",
        "Pillai", "Rautio", "Salazar", "Thorsen", "Ugwu", "Virtanen", "Wilkins", "Xu", "Yeboah",
        "Zhou", "Achebe", "Brandao", "Coulibaly", "Draper", "Ekwueme", "Fitzroy", "Gunawardena",
        "Hoffmann", "Iqbal", "Juarez", "Kaminski", "Lundqvist", "Mbeki", "Nolan", "Osei", "Pretorius",
        "Ramires", "Sokolov", "Tshabalala", "Umeh", "Villanueva", "Westbrook", "Yoshida", "Zielinski",
        "Ødegaard", "Núñez", "Kovač", "Şahin", "Dvořák", "Lefèvre", "Müller-Brandis", "O'Sullivan",
    ]
}
