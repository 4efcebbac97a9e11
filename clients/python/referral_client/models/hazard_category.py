from enum import StrEnum

class HazardCategory(StrEnum):
    CONSTRUCTION = "construction"
    ELECTRICAL = "electrical"
    ENVIRONMENT = "environment"
    FIRE_SAFETY = "fire_safety"
    FOOD_DRUG = "food_drug"
    GAS = "gas"
    HAZARDOUS_CHEMICALS = "hazardous_chemicals"
    OTHER = "other"
    ROAD_TRANSPORT = "road_transport"
    SCHOOL_SAFETY = "school_safety"
    SPECIAL_EQUIPMENT = "special_equipment"

    def __str__(self) -> str:
        return str(self.value)
