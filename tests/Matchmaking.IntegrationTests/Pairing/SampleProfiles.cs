namespace Matchmaking.IntegrationTests.Pairing;

/// <summary>A small call in the interchange formats, with bad rows among the good ones.</summary>
internal static class SampleProfiles
{
    public const int Year = 2027;

    public const string Applicants = """
        id,city,country_code,creative_field,languages,submitted_at,needs,profile,previous_calls
        app-kumasi,Kumasi,GH,Music,en,2027-03-10T10:00:00+00:00,"Help to build a live music venue network, artist development and a highlife music festival strategy","Kumasi, Ashanti capital, home of highlife",
        app-oran,Oran,DZ,Music,fr;ar,2027-03-12T09:30:00+01:00,"Accompagnement pour un festival de musique raï, formation des musiciens et archives sonores","Oran, berceau du raï",
        app-late,Mombasa,KE,Film,en;sw,2027-04-02T10:00:00+03:00,"Film commission strategy and location services for coastal productions",,
        app-brazil,Recife,BR,Music,pt,2027-03-01T10:00:00-03:00,"Frevo music education",,
        app-bad-field,Kigali,RW,Sculpture,en,2027-03-01T10:00:00+02:00,"Sculpture",,
        app-bad-date,Tunis,TN,Design,fr,yesterday,"Design week",,
        """;

    public const string Mentors = """
        id,city,country_code,creative_field,languages,capacity,expertise,support_forms,member_since
        mentor-liverpool,Liverpool,GB,Music,en,2,"Music venue networks, artist development programmes, festival strategy and music tourism",technical_assistance;field_visit,2015
        mentor-bologna,Bologna,IT,Music,it;en;fr,2,"Archives sonores, éducation musicale et formation des musiciens, festivals de musique",cooperation,2006
        mentor-bradford,Bradford,GB,Film,en,1,"Film commission, location services and film education",technical_assistance,2009
        mentor-notmember,Paris,FR,Music,fr,1,"Music",cooperation,
        mentor-zero,Brno,CZ,Music,en,0,"Music",cooperation,2017
        """;
}
