using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsDashboard.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PromotionReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ad_days",
                columns: table => new
                {
                    store_id = table.Column<int>(type: "INTEGER", nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    scene = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    plan = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    item = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    keyword = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    crowd = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    window_days = table.Column<int>(type: "INTEGER", nullable: false),
                    level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    item_name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    impressions = table.Column<long>(type: "INTEGER", nullable: true),
                    clicks = table.Column<long>(type: "INTEGER", nullable: true),
                    cost_minor = table.Column<long>(type: "INTEGER", nullable: true),
                    direct_amount_minor = table.Column<long>(type: "INTEGER", nullable: true),
                    indirect_amount_minor = table.Column<long>(type: "INTEGER", nullable: true),
                    orders = table.Column<long>(type: "INTEGER", nullable: true),
                    carts = table.Column<long>(type: "INTEGER", nullable: true),
                    favorites = table.Column<long>(type: "INTEGER", nullable: true),
                    presale_amount_minor = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ad_days", x => new { x.store_id, x.date, x.scene, x.plan, x.unit, x.item, x.keyword, x.crowd, x.window_days });
                    table.ForeignKey(
                        name: "fk_ad_days_stores_store_id",
                        column: x => x.store_id,
                        principalTable: "stores",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "search_keyword_days",
                columns: table => new
                {
                    store_id = table.Column<int>(type: "INTEGER", nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    keyword = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    item = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    visitors = table.Column<long>(type: "INTEGER", nullable: true),
                    page_views = table.Column<long>(type: "INTEGER", nullable: true),
                    paying_buyers = table.Column<long>(type: "INTEGER", nullable: true),
                    payment_amount_minor = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_search_keyword_days", x => new { x.store_id, x.date, x.keyword, x.item });
                    table.ForeignKey(
                        name: "fk_search_keyword_days_stores_store_id",
                        column: x => x.store_id,
                        principalTable: "stores",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_ad_days_store_id_level_date",
                table: "ad_days",
                columns: new[] { "store_id", "level", "date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ad_days");

            migrationBuilder.DropTable(
                name: "search_keyword_days");
        }
    }
}
