package io.tierbench.samples;

/** The words a Chinese shop's records are made of. Places and categories come with weights of how common they are. */
final class ShopVocabulary {

    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
        "胡", "郭", "何", "林", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"};
    static final String[] FEMALE_NAME_CHARACTERS = {"芳", "娜", "敏", "静", "丽", "艳", "娟", "秀", "霞", "英", "玉",
        "兰", "萍", "红", "婷", "雪", "琳", "欣", "怡", "佳", "颖", "慧"};
    static final String[] MALE_NAME_CHARACTERS = {"伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超", "平", "刚",
        "华", "鹏", "辉", "晨", "宇", "浩", "斌", "峰"};
    static final String[] COMPANY_WORDS = {"瑞丰", "金润", "恒达", "嘉禾", "华信", "鼎盛", "永泰", "盛世", "宏图", "天和",
        "玉林", "德宝"};
    static final String[] COMPANY_SUFFIXES = {"贸易有限公司", "珠宝有限公司", "电子科技有限公司", "文化传媒有限公司", "商贸行"};
    static final String[] INDUSTRIES = {"珠宝零售", "电子元器件", "礼品定制", "文化旅游", "房地产", "金融", "餐饮"};
    static final String[] OCCUPATIONS = {"教师", "医生", "工程师", "公务员", "个体经营", "企业管理", "销售", "设计师",
        "退休", "自由职业"};
    static final String[] INCOME_BANDS = {"5k以下", "5k-10k", "10k-20k", "20k-50k", "50k以上"};
    static final String[] ACQUISITION_CHANNELS = {"门店", "微信", "朋友推荐", "天猫", "抖音", "展会"};
    static final String[] OWNERS = {"王芳", "李娜", "张伟", "刘洋", "陈静"};
    static final String[] MOBILE_PREFIXES = {"138", "139", "158", "159", "186", "187", "136", "137", "150", "151",
        "188"};

    /** Province and city pairs. */
    static final String[][] PLACES = {{"广东", "广州"}, {"广东", "深圳"}, {"广东", "东莞"}, {"浙江", "杭州"},
        {"浙江", "宁波"}, {"江苏", "南京"}, {"江苏", "苏州"}, {"上海", "上海"}, {"北京", "北京"}, {"四川", "成都"},
        {"湖北", "武汉"}, {"福建", "厦门"}, {"山东", "青岛"}, {"河南", "郑州"}, {"湖南", "长沙"}, {"云南", "昆明"},
        {"云南", "瑞丽"}, {"陕西", "西安"}, {"重庆", "重庆"}, {"天津", "天津"}};
    static final int[] PLACE_WEIGHTS = {8, 8, 3, 7, 3, 5, 5, 8, 8, 5, 4, 3, 3, 3, 3, 4, 2, 3, 4, 3};

    /** Product categories, their SKU prefixes, and how their prices compare (percent of a typical order). */
    static final String[] CATEGORIES = {"手镯", "吊坠", "戒指", "项链", "耳饰", "摆件"};
    static final String[] SKU_PREFIXES = {"BR", "PD", "RG", "NK", "ER", "OR"};
    static final int[] CATEGORY_WEIGHTS = {20, 30, 15, 12, 13, 10};
    static final int[] CATEGORY_PRICE_PERCENT = {200, 100, 80, 120, 60, 150};

    private ShopVocabulary() {
    }
}
