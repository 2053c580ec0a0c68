namespace Qtickets.ClickHouse.Schema;

/// <summary>Names of the schema's objects (docs/data-contract.md, "Tables and views"), for code that reads or writes them.</summary>
public static class SchemaObjects
{
    public const string DefaultDatabase = "zakaz";

    public const string OrdersStaging = "stg_qtickets_api_orders_raw";
    public const string InventoryStaging = "stg_qtickets_api_inventory_raw";
    public const string ClientsStaging = "stg_qtickets_api_clients_raw";
    public const string PriceShadesStaging = "stg_qtickets_api_price_shades_raw";
    public const string DiscountsStaging = "stg_qtickets_api_discounts_raw";
    public const string PromoCodesStaging = "stg_qtickets_api_promo_codes_raw";
    public const string BarcodesStaging = "stg_qtickets_api_barcodes_raw";
    public const string PartnerTicketsStaging = "stg_qtickets_api_partner_tickets_raw";
    public const string Events = "dim_events";
    public const string SalesDaily = "fact_qtickets_sales_daily";
    public const string SalesUtmDaily = "fact_qtickets_sales_utm_daily";
    public const string InventoryLatest = "fact_qtickets_inventory_latest";
    public const string JobRuns = "meta_job_runs";
    public const string SalesLatest = "mv_qtickets_sales_latest";
    public const string SalesDashboard = "v_qtickets_sales_dashboard";

    /// <summary>The objects the bootstrap proves exist (step 2 of the operators' routine): the earlier stack's tables and views that dashboards read.</summary>
    public static IReadOnlyList<string> Required { get; } =
    [
        OrdersStaging, InventoryStaging, SalesDaily, InventoryLatest, SalesLatest, JobRuns, SalesDashboard,
    ];
}
