using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace OpsDashboard.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "source_aliases",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    alias = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    current_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_source_aliases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "stores",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    platform = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    flagship_sku_code = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    thresholds_json = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stores", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "import_batches",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    store_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    file_name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    rows_read = table.Column<int>(type: "integer", nullable: false),
                    rows_inserted = table.Column<int>(type: "integer", nullable: false),
                    rows_updated = table.Column<int>(type: "integer", nullable: false),
                    first_date = table.Column<DateOnly>(type: "date", nullable: true),
                    last_date = table.Column<DateOnly>(type: "date", nullable: true),
                    imported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_import_batches", x => x.id);
                    table.ForeignKey(
                        name: "fk_import_batches_stores_store_id",
                        column: x => x.store_id,
                        principalTable: "stores",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "skus",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    store_id = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    category = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    presale = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_skus", x => x.id);
                    table.ForeignKey(
                        name: "fk_skus_stores_store_id",
                        column: x => x.store_id,
                        principalTable: "stores",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "store_days",
                columns: table => new
                {
                    store_id = table.Column<int>(type: "integer", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    visitors = table.Column<long>(type: "bigint", nullable: false),
                    page_views = table.Column<long>(type: "bigint", nullable: false),
                    bounced_visitors = table.Column<long>(type: "bigint", nullable: false),
                    returning_visitors = table.Column<long>(type: "bigint", nullable: false),
                    add_to_cart_buyers = table.Column<long>(type: "bigint", nullable: false),
                    order_buyers = table.Column<long>(type: "bigint", nullable: false),
                    paying_buyers = table.Column<long>(type: "bigint", nullable: false),
                    payment_amount_minor = table.Column<long>(type: "bigint", nullable: false),
                    refund_amount_minor = table.Column<long>(type: "bigint", nullable: false),
                    inquirers = table.Column<long>(type: "bigint", nullable: false),
                    inquiry_paying_buyers = table.Column<long>(type: "bigint", nullable: false),
                    peer_conversion_rate_units = table.Column<long>(type: "bigint", nullable: true),
                    dsr_description = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: true),
                    dsr_service = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: true),
                    dsr_logistics = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_store_days", x => new { x.store_id, x.date });
                    table.ForeignKey(
                        name: "fk_store_days_stores_store_id",
                        column: x => x.store_id,
                        principalTable: "stores",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "traffic_sources",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    store_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_traffic_sources", x => x.id);
                    table.ForeignKey(
                        name: "fk_traffic_sources_stores_store_id",
                        column: x => x.store_id,
                        principalTable: "stores",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sku_days",
                columns: table => new
                {
                    store_id = table.Column<int>(type: "integer", nullable: false),
                    sku_id = table.Column<long>(type: "bigint", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    visitors = table.Column<long>(type: "bigint", nullable: false),
                    page_views = table.Column<long>(type: "bigint", nullable: false),
                    bounced_visitors = table.Column<long>(type: "bigint", nullable: false),
                    add_to_cart_buyers = table.Column<long>(type: "bigint", nullable: false),
                    order_buyers = table.Column<long>(type: "bigint", nullable: false),
                    paying_buyers = table.Column<long>(type: "bigint", nullable: false),
                    units = table.Column<long>(type: "bigint", nullable: false),
                    payment_amount_minor = table.Column<long>(type: "bigint", nullable: false),
                    presale = table.Column<bool>(type: "boolean", nullable: false),
                    stock_on_hand = table.Column<long>(type: "bigint", nullable: true),
                    negative_reviews = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sku_days", x => new { x.store_id, x.sku_id, x.date });
                    table.ForeignKey(
                        name: "fk_sku_days_skus_sku_id",
                        column: x => x.sku_id,
                        principalTable: "skus",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_sku_days_stores_store_id",
                        column: x => x.store_id,
                        principalTable: "stores",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "source_days",
                columns: table => new
                {
                    store_id = table.Column<int>(type: "integer", nullable: false),
                    source_id = table.Column<int>(type: "integer", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    visitors = table.Column<long>(type: "bigint", nullable: false),
                    order_buyers = table.Column<long>(type: "bigint", nullable: false),
                    paying_buyers = table.Column<long>(type: "bigint", nullable: false),
                    payment_amount_minor = table.Column<long>(type: "bigint", nullable: false),
                    impressions = table.Column<long>(type: "bigint", nullable: false),
                    clicks = table.Column<long>(type: "bigint", nullable: false),
                    cost_minor = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_source_days", x => new { x.store_id, x.source_id, x.date });
                    table.ForeignKey(
                        name: "fk_source_days_stores_store_id",
                        column: x => x.store_id,
                        principalTable: "stores",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_source_days_traffic_sources_source_id",
                        column: x => x.source_id,
                        principalTable: "traffic_sources",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "source_aliases",
                columns: new[] { "id", "alias", "current_name" },
                values: new object[,]
                {
                    { 1, "直通车", "关键词推广" },
                    { 2, "引力魔方", "精准人群推广" },
                    { 3, "万相台", "智能场景" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_import_batches_store_id_id",
                table: "import_batches",
                columns: new[] { "store_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_sku_days_sku_id",
                table: "sku_days",
                column: "sku_id");

            migrationBuilder.CreateIndex(
                name: "ix_sku_days_store_id_date",
                table: "sku_days",
                columns: new[] { "store_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_skus_store_id_code",
                table: "skus",
                columns: new[] { "store_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_source_aliases_alias",
                table: "source_aliases",
                column: "alias",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_source_days_source_id",
                table: "source_days",
                column: "source_id");

            migrationBuilder.CreateIndex(
                name: "ix_source_days_store_id_date",
                table: "source_days",
                columns: new[] { "store_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_stores_code",
                table: "stores",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_traffic_sources_store_id_name",
                table: "traffic_sources",
                columns: new[] { "store_id", "name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "import_batches");

            migrationBuilder.DropTable(
                name: "sku_days");

            migrationBuilder.DropTable(
                name: "source_aliases");

            migrationBuilder.DropTable(
                name: "source_days");

            migrationBuilder.DropTable(
                name: "store_days");

            migrationBuilder.DropTable(
                name: "skus");

            migrationBuilder.DropTable(
                name: "traffic_sources");

            migrationBuilder.DropTable(
                name: "stores");
        }
    }
}
