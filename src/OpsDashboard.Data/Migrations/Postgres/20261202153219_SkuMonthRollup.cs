using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpsDashboard.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SkuMonthRollup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sku_months",
                columns: table => new
                {
                    store_id = table.Column<int>(type: "integer", nullable: false),
                    sku_id = table.Column<long>(type: "bigint", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    visitors = table.Column<long>(type: "bigint", nullable: false),
                    page_views = table.Column<long>(type: "bigint", nullable: false),
                    bounced_visitors = table.Column<long>(type: "bigint", nullable: false),
                    add_to_cart_buyers = table.Column<long>(type: "bigint", nullable: true),
                    favorite_buyers = table.Column<long>(type: "bigint", nullable: true),
                    order_buyers = table.Column<long>(type: "bigint", nullable: false),
                    paying_buyers = table.Column<long>(type: "bigint", nullable: false),
                    payment_amount_minor = table.Column<long>(type: "bigint", nullable: false),
                    refund_amount_minor = table.Column<long>(type: "bigint", nullable: true),
                    stay_millis_times_visitors = table.Column<long>(type: "bigint", nullable: false),
                    stay_visitors = table.Column<long>(type: "bigint", nullable: false),
                    paying_with_visitors = table.Column<long>(type: "bigint", nullable: false),
                    visitors_with_paying = table.Column<long>(type: "bigint", nullable: false),
                    order_with_visitors = table.Column<long>(type: "bigint", nullable: false),
                    visitors_with_order = table.Column<long>(type: "bigint", nullable: false),
                    amount_with_paying = table.Column<long>(type: "bigint", nullable: false),
                    paying_with_amount = table.Column<long>(type: "bigint", nullable: false),
                    bounced_with_visitors = table.Column<long>(type: "bigint", nullable: false),
                    visitors_with_bounced = table.Column<long>(type: "bigint", nullable: false),
                    page_views_with_visitors = table.Column<long>(type: "bigint", nullable: false),
                    visitors_with_page_views = table.Column<long>(type: "bigint", nullable: false),
                    cart_with_visitors = table.Column<long>(type: "bigint", nullable: false),
                    visitors_with_cart = table.Column<long>(type: "bigint", nullable: false),
                    favorite_with_visitors = table.Column<long>(type: "bigint", nullable: false),
                    visitors_with_favorite = table.Column<long>(type: "bigint", nullable: false),
                    amount_with_visitors = table.Column<long>(type: "bigint", nullable: false),
                    visitors_with_amount = table.Column<long>(type: "bigint", nullable: false),
                    refund_with_amount = table.Column<long>(type: "bigint", nullable: false),
                    amount_with_refund = table.Column<long>(type: "bigint", nullable: false),
                    units = table.Column<long>(type: "bigint", nullable: false),
                    negative_reviews = table.Column<long>(type: "bigint", nullable: true),
                    presale_days = table.Column<int>(type: "integer", nullable: false),
                    max_stock_on_hand = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sku_months", x => new { x.store_id, x.month, x.sku_id });
                    table.ForeignKey(
                        name: "fk_sku_months_skus_sku_id",
                        column: x => x.sku_id,
                        principalTable: "skus",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_sku_months_stores_store_id",
                        column: x => x.store_id,
                        principalTable: "stores",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sku_rollup_states",
                columns: table => new
                {
                    store_id = table.Column<int>(type: "integer", nullable: false),
                    data_version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sku_rollup_states", x => x.store_id);
                    table.ForeignKey(
                        name: "fk_sku_rollup_states_stores_store_id",
                        column: x => x.store_id,
                        principalTable: "stores",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_sku_months_sku_id",
                table: "sku_months",
                column: "sku_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sku_months");

            migrationBuilder.DropTable(
                name: "sku_rollup_states");
        }
    }
}
