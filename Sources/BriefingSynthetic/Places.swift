/// Where stories happen and who publishes them. Cities and countries are real but generic (any
/// of them could host any story); outlets and agencies are invented.
enum Places {
    struct City: Sendable {
        let name: String
        let country: String
        /// How a wire dateline writes it ("PORTO").
        let dateline: String
    }

    static let cities: [City] = [
        ("Porto", "Portugal"), ("Lyon", "France"), ("Gdansk", "Poland"), ("Tampere", "Finland"),
        ("Leeds", "Britain"), ("Osaka", "Japan"), ("Cordoba", "Argentina"), ("Graz", "Austria"),
        ("Aarhus", "Denmark"), ("Brno", "the Czech Republic"), ("Valparaiso", "Chile"),
        ("Durban", "South Africa"), ("Perth", "Australia"), ("Bergen", "Norway"), ("Cork", "Ireland"),
        ("Bologna", "Italy"), ("Seville", "Spain"), ("Izmir", "Turkey"), ("Pune", "India"),
        ("Surabaya", "Indonesia"), ("Kumasi", "Ghana"), ("Curitiba", "Brazil"), ("Ghent", "Belgium"),
        ("Tartu", "Estonia"), ("Plovdiv", "Bulgaria"), ("Kaunas", "Lithuania"), ("Malmo", "Sweden"),
        ("Dunedin", "New Zealand"), ("Da Nang", "Vietnam"), ("Arequipa", "Peru"), ("Busan", "South Korea"),
        ("Krakow", "Poland"), ("Nantes", "France"), ("Leipzig", "Germany"), ("Galway", "Ireland"),
        ("Trondheim", "Norway"), ("Medellin", "Colombia"), ("Accra", "Ghana"), ("Lusaka", "Zambia"),
        ("Kochi", "India"), ("Sendai", "Japan"), ("Adelaide", "Australia"), ("Zaragoza", "Spain"),
        ("Turin", "Italy"), ("Basel", "Switzerland"), ("Debrecen", "Hungary"), ("Novi Sad", "Serbia"),
        ("Rosario", "Argentina"), ("Cebu", "the Philippines"), ("Gulu", "Uganda"),
    ].map { City(name: $0.0, country: $0.1, dateline: $0.0.uppercased()) }

    /// Regions that name police forces and utilities ("Ardmoor Constabulary").
    static let regions = [
        "Ardmoor", "Kesslar Valley", "Western Lakes", "Highfold", "Southmarch", "Eastwold", "Greyhaven",
        "Lowland", "Northridge", "Coldwater", "Redcliffe", "Amberley",
    ]

    /// Outlets: the name as the site brands itself, and the section trail its pages use.
    static let outlets = [
        "The Eastmere Gazette", "Northbank Times", "Harbour Light", "The Daily Ledger", "Valley Courier",
        "The Morning Compass", "Lantern Post", "Riverside Chronicle", "The Civic Observer", "Coastline News",
        "The Tidewater Record", "Ironbridge Herald", "Upland Express", "The Weekly Bulletin", "Circuit Weekly",
        "Data Frontier", "The Market Desk", "Pitchside Journal", "Health Watch Daily", "The Evening Sentinel",
        "Crossroads Review", "The Plainsman", "Fjordline News", "The Southern Dispatch",
    ]

    /// News agencies for wire copy: name and the short form a dateline uses.
    static let agencies: [(name: String, short: String)] = [
        ("Continental Press", "CP Wire"), ("Global Wire Service", "GWS"), ("Atlas News Agency", "Atlas"),
        ("Northern Press Association", "NPA"), ("Pan-Ocean Newswire", "PON"),
    ]

    /// Picture libraries that image credits name (generic stock sources).
    static let pictureSources = ["Getty Images", "Pexels", "Unsplash", "Pixabay", "Alamy", "iStock"]
}
