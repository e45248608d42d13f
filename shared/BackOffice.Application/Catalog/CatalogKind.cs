namespace BackOffice.Application.Catalog;

/// <summary>What a catalog sync sends to the storefronts.</summary>
public enum CatalogKind
{
    Stock,
    Price,
}
