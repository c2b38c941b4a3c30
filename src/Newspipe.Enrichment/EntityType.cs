namespace Newspipe.Enrichment;

/// <summary>What a named entity is; stored as PERSON, ORGANIZATION or LOCATION.</summary>
public enum EntityType
{
    Person,
    Organization,
    Location,
}
